import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  glob
} from "./chunk-DPPD5FIM.js";
import {
  require_picomatch
} from "./chunk-HVKD6FED.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

// src/consolidation/concerns.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/consolidation/positions.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** The 1-based line and column of a UTF-16 offset. */
  at(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};

// src/consolidation/signatures.ts
function compileSignature(signature, concern) {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(signature);
  if (!m) return { signature, text: signature };
  try {
    return { signature, regex: new RegExp(m[1], m[2].includes("g") ? m[2] : `${m[2]}g`) };
  } catch (error) {
    throw new ConfigurationError(
      `concern ${concern}: forbidden signature ${signature} is not a valid regular expression (${error.message})`,
      { key: "consolidation.concerns.forbidden-signatures", cause: error }
    );
  }
}
function findSignatures(text, comments, signatures) {
  const hits = [];
  let lines;
  const inComment = (offset) => comments.some(([s, e]) => offset >= s && offset < e);
  for (const sig of signatures) {
    for (const offset of occurrences(text, sig)) {
      if (inComment(offset)) continue;
      lines ??= new LineIndex(text);
      hits.push({ signature: sig.signature, ...lines.at(offset) });
    }
  }
  return hits;
}
function occurrences(text, sig) {
  const out = [];
  if (sig.text !== void 0) {
    for (let i = text.indexOf(sig.text); i !== -1; i = text.indexOf(sig.text, i + sig.text.length))
      out.push(i);
    return out;
  }
  const regex = new RegExp(sig.regex);
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m.index);
    if (m[0] === "") regex.lastIndex++;
  }
  return out;
}

// src/consolidation/concerns.ts
function pathMatcher(patterns) {
  const normal = patterns.map(normalisePath);
  const exact = new Set(normal.filter((p) => !import_picomatch.default.scan(p).isGlob));
  const globs = normal.filter((p) => import_picomatch.default.scan(p).isGlob);
  const glob2 = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: true }) : () => false;
  return (file) => exact.has(file) || glob2(file);
}
function normalisePath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}
function compileConcern(config) {
  return {
    name: config.name,
    canonical: config.canonical.map(normalisePath),
    deprecated: config.deprecated.map(normalisePath),
    isCanonical: pathMatcher(config.canonical),
    isDeprecated: pathMatcher(config.deprecated),
    inScope: scopeMatcher(config.include, config.exclude),
    signatures: config["forbidden-signatures"].map((s) => compileSignature(s, config.name)),
    required: config["required-imports"].map((r) => ({
      files: pathMatcher(r.files),
      targets: pathMatcher(r.import),
      spec: r.import.map(normalisePath)
    })),
    duplicates: config.duplicates,
    duplicateMinTokens: config["duplicate-min-tokens"]
  };
}
function scopeMatcher(include, exclude) {
  const included = pathMatcher(include);
  const excluded = exclude.length > 0 ? pathMatcher(exclude) : () => false;
  return (file) => included(file) && !excluded(file);
}
function assertUniqueNames(concerns) {
  const seen = /* @__PURE__ */ new Set();
  concerns.forEach((concern, index) => {
    if (seen.has(concern.name)) {
      throw new ConfigurationError(
        `concern ${concern.name} is declared twice; give each concern a unique name`,
        { key: `consolidation.concerns.${index}.name` }
      );
    }
    seen.add(concern.name);
  });
}
function missingCanonicals(concerns, files, exists) {
  return concerns.flatMap(
    (concern, index) => concern.canonical.map(normalisePath).flatMap((canonical) => {
      const found = import_picomatch.default.scan(canonical).isGlob ? files.some(pathMatcher([canonical])) : exists(canonical);
      return found ? [] : [{ concern: concern.name, index, canonical }];
    })
  );
}
function missingCanonicalMessage(missing) {
  return `concern ${missing.concern}: canonical file ${missing.canonical} does not exist under the root; fix the path or create the file`;
}

// src/consolidation/canonicals.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { existsSync } from "node:fs";
import path from "node:path";

// src/consolidation/scan.ts
var DEFAULT_IGNORES = [
  "**/node_modules/**",
  "**/dist/**",
  "**/build/**",
  "**/.git/**",
  "**/.launchgate/**",
  "**/__pycache__/**"
];
var LANGUAGES = {
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  js: "js",
  jsx: "js",
  mjs: "js",
  cjs: "js",
  py: "python"
};
function languageOf(file) {
  const dot = file.lastIndexOf(".");
  return dot < 0 ? void 0 : LANGUAGES[file.slice(dot + 1).toLowerCase()];
}
async function listFiles(root, include, exclude) {
  const files = await glob(include, {
    cwd: root,
    ignore: [...DEFAULT_IGNORES, ...exclude],
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false
  });
  return files.sort();
}

// src/consolidation/canonicals.ts
async function findMissingCanonicals(root, concerns) {
  const globs = concerns.flatMap((c) => c.canonical).filter((p) => import_picomatch2.default.scan(p).isGlob);
  const files = globs.length > 0 ? await listFiles(root, globs, []) : [];
  return missingCanonicals(concerns, files, (file) => existsSync(path.join(root, file)));
}
function missingCanonicalViolation(missing) {
  return {
    concern: missing.concern,
    rule: "missing-canonical",
    file: missing.canonical,
    line: 1,
    column: 1,
    symbol: missing.canonical,
    message: missingCanonicalMessage(missing)
  };
}

export {
  LineIndex,
  compileSignature,
  findSignatures,
  compileConcern,
  assertUniqueNames,
  missingCanonicalMessage,
  DEFAULT_IGNORES,
  languageOf,
  listFiles,
  findMissingCanonicals,
  missingCanonicalViolation
};

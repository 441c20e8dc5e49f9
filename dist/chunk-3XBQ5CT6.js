import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  K,
  ParseCache,
  buildGraph,
  cacheDirOf,
  copiedRegions,
  distinctRegions,
  indexOf
} from "./chunk-VWJZTORK.js";
import {
  compileSignature
} from "./chunk-H3HKTRRS.js";

// src/consolidation/discover/run.ts
import { statSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";

// src/consolidation/discover/links.ts
var EXTERNAL_APIS = [
  api("websocket", "new WebSocket(", "new\\s+WebSocket\\(", "js"),
  api("event-source", "new EventSource(", "new\\s+EventSource\\(", "js"),
  api("webrtc", "new RTCPeerConnection(", "new\\s+RTCPeerConnection\\(", "js"),
  api("socket-io", "/\\bio\\(\\s*['\"`]/", "\\bio\\(\\s*['\"`]", "js"),
  api("media-recorder", "new MediaRecorder(", "new\\s+MediaRecorder\\(", "js"),
  api("audio-context", "new AudioContext(", "new\\s+\\(?\\w*AudioContext\\b", "js"),
  api("speech-recognition", "SpeechRecognition(", "new\\s+\\(?\\w*SpeechRecognition\\b", "js"),
  api("user-media", "getUserMedia(", "\\.getUserMedia\\(", "js"),
  api("web-worker", "new Worker(", "new\\s+Worker\\(", "js"),
  api("indexed-db", "indexedDB.open(", "indexedDB\\.open\\(", "js"),
  api("websocket", "/@\\w+\\.websocket\\(/", "@\\w+\\.websocket\\(", "python"),
  api("websocket", "websockets.connect(", "websockets\\.connect\\(", "python"),
  api("redis", "Redis(", "\\bRedis\\(", "python")
];
function api(id, signature, pattern, language) {
  return { id, signature, pattern: `/(?<!['"\`])${pattern}/`, language };
}
var ROLE = /^(?:service|client|manager|provider|hook|store|api|handler|impl|helper|context)$/;
var VERSION = /^(?:v?\d+|new|old|legacy|unified|enhanced|simple|simplified|improved|optimized|fixed|final|refactored|updated|next|alt|temp|tmp|copy|backup|orig)$/;
var GENERIC = /* @__PURE__ */ new Set([
  "index",
  "main",
  "types",
  "type",
  "utils",
  "util",
  "constants",
  "config",
  "app",
  "test",
  "spec"
]);
function isTest(file) {
  return /(^|\/)(__tests__|__mocks__|tests?)\/|\.(test|spec)\.[^.]+$|(^|\/)test_[^/]+\.py$/.test(file);
}
function stemOf(file) {
  const name = file.slice(file.lastIndexOf("/") + 1).replace(/(\.(?:test|spec|d))?\.[^.]+$/, "");
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[\s_\-.]+/).map((w) => w.toLowerCase()).filter(Boolean);
  if (words[0] === "use" && words.length > 1) words.shift();
  while (words.length > 1 && (ROLE.test(words[words.length - 1]) || VERSION.test(words[words.length - 1])))
    words.pop();
  return words.length === 1 && GENERIC.has(words[0]) ? [] : words;
}
function sameNameLinks(modules) {
  const stems = modules.map((m) => ({ m, stem: stemOf(m.path) })).filter((s) => s.stem.length > 0);
  const pairs = [];
  for (let i = 0; i < stems.length; i++) {
    for (let j = i + 1; j < stems.length; j++) {
      const a = stems[i];
      const b = stems[j];
      if (a.m.language !== b.m.language) continue;
      const [short, long] = a.stem.length <= b.stem.length ? [a, b] : [b, a];
      if (short.stem.length < 2 || !short.stem.every((w, k) => long.stem[k] === w)) continue;
      pairs.push({ short, long });
    }
  }
  const parts = new Set(
    pairs.filter((p) => p.short.m.imports.includes(p.long.m.path)).map((p) => p.long.m.path)
  );
  return pairs.filter((p) => !parts.has(p.short.m.path) && !parts.has(p.long.m.path)).filter((p) => !p.long.m.imports.includes(p.short.m.path)).map((p) => ({
    kind: "same-name",
    files: [p.short.m.path, p.long.m.path].sort(),
    detail: `both named ${p.short.stem.join("-")}`
  }));
}
function sameExportsLinks(modules) {
  const named = modules.map((m) => ({ m, names: new Set(m.exports.filter((n) => n !== "default" && n !== "*")) })).filter((x) => x.names.size >= 2);
  const byName = /* @__PURE__ */ new Map();
  named.forEach((x, i) => x.names.forEach((n) => byName.set(n, [...byName.get(n) ?? [], i])));
  const shared = /* @__PURE__ */ new Map();
  for (const [name, holders] of byName) {
    if (holders.length > 6) continue;
    for (let a = 0; a < holders.length; a++)
      for (let b = a + 1; b < holders.length; b++) {
        const key = `${holders[a]} ${holders[b]}`;
        shared.set(key, [...shared.get(key) ?? [], name]);
      }
  }
  const out = [];
  for (const [key, names] of shared) {
    const [a, b] = key.split(" ").map((i) => named[Number(i)]);
    if (a.m.language !== b.m.language) continue;
    if (names.length < 2 || names.length * 2 < Math.min(a.names.size, b.names.size)) continue;
    out.push({
      kind: "same-exports",
      files: [a.m.path, b.m.path],
      detail: `both export ${names.sort().slice(0, 5).join(", ")}`
    });
  }
  return out;
}
function nearDuplicateLinks(modules, minTokens) {
  const withPrints = modules.filter((m) => m.fingerprints && m.fingerprints.length > 1);
  const holders = /* @__PURE__ */ new Map();
  withPrints.forEach((m, i) => {
    for (let at = 1; at < m.fingerprints.length; at += 4) {
      const list = holders.get(m.fingerprints[at]) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      holders.set(m.fingerprints[at], list);
    }
  });
  const counts = /* @__PURE__ */ new Map();
  for (const list of holders.values()) {
    if (list.length > 8) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]} ${list[b]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  const indexes = /* @__PURE__ */ new Map();
  const out = [];
  const needed = Math.max(2, Math.floor(minTokens / (K * 2)));
  for (const [key, count] of counts) {
    if (count < needed) continue;
    const [a, b] = key.split(" ").map(Number);
    const ma = withPrints[a];
    const mb = withPrints[b];
    if (ma.language !== mb.language) continue;
    if (!indexes.has(b)) indexes.set(b, indexOf(mb.fingerprints));
    const top = distinctRegions(copiedRegions(asSource(ma), asSource(mb), indexes.get(b)))[0];
    if (!top || top.tokens < minTokens || top.similarity < 0.5) continue;
    out.push({
      kind: "near-duplicate",
      files: [ma.path, mb.path],
      detail: `${ma.path}:${top.lines[0]}-${top.lines[1]} copies ${mb.path}:${top.canonicalLines[0]}-${top.canonicalLines[1]} (${top.tokens} tokens, ${Math.round(top.similarity * 100)}%)`
    });
  }
  return out;
}
function externalApiLinks(modules) {
  const users = /* @__PURE__ */ new Map();
  for (const m of modules)
    for (const api2 of new Set(m.apis)) users.set(api2, [...users.get(api2) ?? [], m.path]);
  return [...users].filter(([, files]) => files.length >= 2).map(([api2, files]) => ({
    kind: "external-api",
    files,
    detail: `${files.length} modules call ${api2}`
  }));
}
function asSource(m) {
  return {
    path: m.path,
    language: m.language,
    imports: [],
    exports: m.exports,
    signatureHits: [],
    fingerprints: m.fingerprints
  };
}

// src/consolidation/discover/copies.ts
var NAME_PATTERNS = [
  { pattern: "name copy.ext", regex: /^(.+?) copy(?: \d+)?(\.[^.]+)$/i, original: (m) => m[1] + m[2] },
  { pattern: "name (N).ext", regex: /^(.+?) \(\d+\)(\.[^.]+)$/, original: (m) => m[1] + m[2] },
  { pattern: "name N.ext", regex: /^(.+?) \d+(\.[^.]+)$/, original: (m) => m[1] + m[2] },
  {
    pattern: "name.ext.old",
    regex: /^(.+\.[^.]+)\.(?:old|bak|orig|backup|save|prev)$/i,
    original: (m) => m[1]
  },
  {
    pattern: "name.old.ext",
    regex: /^(.+?)[-_.](?:old|bak|orig|backup|copy|prev)(\.[^.]+)$/i,
    original: (m) => m[1] + m[2]
  }
];
var BACKUP_FOLDER = /^(?:backups?|bak|old|_old|\.old|archive|copy)$/i;
function toolCopies(files, exists) {
  const byName = /* @__PURE__ */ new Map();
  for (const file of files) {
    const name = basename(file);
    byName.set(name, [...byName.get(name) ?? [], file]);
  }
  const out = [];
  for (const file of files) {
    const found = byNamePattern(file, exists) ?? inBackupFolder(file, exists, byName);
    if (found) out.push(found);
  }
  return out;
}
function byNamePattern(file, exists) {
  const name = basename(file);
  const dir = file.slice(0, file.length - name.length);
  for (const { pattern, regex, original } of NAME_PATTERNS) {
    const m = regex.exec(name);
    if (!m) continue;
    const candidate = dir + original(m);
    if (exists(candidate)) return { copy: file, original: candidate, pattern };
    if (!/[-_.](?:copy|prev)\.[^.]+$/i.test(name)) return { copy: file, pattern };
  }
  return void 0;
}
function inBackupFolder(file, exists, byName) {
  const parts = file.split("/");
  const at = parts.slice(0, -1).findIndex((p) => BACKUP_FOLDER.test(p));
  if (at < 0) return void 0;
  const pattern = `${parts[at]}/ folder`;
  const without = [...parts.slice(0, at), ...parts.slice(at + 1)].join("/");
  if (exists(without)) return { copy: file, original: without, pattern };
  const same = (byName.get(basename(file)) ?? []).filter(
    (f) => f !== file && !f.split("/").some((p) => BACKUP_FOLDER.test(p))
  );
  return same.length === 1 ? { copy: file, original: same[0], pattern } : { copy: file, pattern };
}
function basename(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}

// src/consolidation/discover/propose.ts
var MAX_API_GROUP = 12;
var MAX_EVIDENCE = 12;
function proposeConcerns(facts) {
  const present = new Set(facts.allFiles);
  const copies = toolCopies(facts.allFiles, (f) => present.has(f));
  const copied = new Set(copies.map((c) => c.copy));
  const modules = facts.modules.filter((m) => !copied.has(m.path) && !isTest(m.path));
  const links = [
    ...nearDuplicateLinks(modules, facts.minTokens),
    ...sameNameLinks(modules),
    ...sameExportsLinks(modules),
    ...externalApiLinks(modules).filter((l) => l.files.length <= MAX_API_GROUP)
  ];
  const groups = connected(links);
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const names = /* @__PURE__ */ new Set();
  const concerns = groups.map((files) => concernOf(files, links, byPath, facts, names)).sort((a, b) => b.canonical.length + b.deprecated.length - (a.canonical.length + a.deprecated.length));
  const withOriginal = copies.filter((c) => c.original !== void 0);
  if (withOriginal.length > 0) {
    const originals = [...new Set(withOriginal.map((c) => c.original))].sort();
    concerns.push({
      name: unique("tool-copies", names),
      canonical: originals,
      deprecated: copies.map((c) => c.copy).sort(),
      evidence: copies.slice(0, MAX_EVIDENCE).map((c) => ({
        kind: "tool-copy",
        files: c.original ? [c.copy, c.original] : [c.copy],
        detail: c.original ? `${c.pattern} copy of ${c.original}` : `${c.pattern} copy; the original is gone`
      })),
      importers: countsOf([...originals, ...copies.map((c) => c.copy)], facts.importers),
      signatures: []
    });
  }
  return concerns;
}
function concernOf(files, links, byPath, facts, names) {
  const members = new Set(files);
  const evidence = links.map((l) => ({ ...l, files: l.files.filter((f) => members.has(f)) })).filter((l) => l.files.length >= 2);
  const canonical = [...new Set(files.map((f) => byPath.get(f).language))].map(
    (language) => files.filter((f) => byPath.get(f).language === language).sort(
      (a, b) => (facts.importers.get(b) ?? 0) - (facts.importers.get(a) ?? 0) || (facts.mtimes.get(b) ?? 0) - (facts.mtimes.get(a) ?? 0) || (a < b ? -1 : 1)
    )[0]
  );
  const apis = new Set(files.flatMap((f) => byPath.get(f).apis));
  const called = files.flatMap((f) => byPath.get(f).signatures);
  const shared = [...new Set(called.filter((s, i) => called.indexOf(s) !== i))].sort();
  return {
    name: unique(nameOf(files, [...apis]), names),
    canonical: canonical.sort(),
    deprecated: files.filter((f) => !canonical.includes(f)).sort(),
    evidence: evidence.slice(0, MAX_EVIDENCE),
    importers: countsOf(files, facts.importers),
    signatures: shared
  };
}
function connected(links) {
  const parent = /* @__PURE__ */ new Map();
  const find = (f) => {
    const p = parent.get(f) ?? f;
    if (p === f) return f;
    const root = find(p);
    parent.set(f, root);
    return root;
  };
  for (const link of links) {
    for (const f of link.files) if (!parent.has(f)) parent.set(f, f);
    for (const f of link.files.slice(1)) parent.set(find(f), find(link.files[0]));
  }
  const groups = /* @__PURE__ */ new Map();
  for (const f of parent.keys()) groups.set(find(f), [...groups.get(find(f)) ?? [], f]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0] < b[0] ? -1 : 1);
}
function nameOf(files, apis) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of files) {
    const stem = stemOf(f);
    for (let n = 1; n <= Math.min(3, stem.length); n++) {
      const key = stem.slice(0, n).join("-");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const best = [...counts].filter(([, c]) => c >= 2 && c * 3 >= files.length).sort((a, b) => b[0].split("-").length - a[0].split("-").length || b[1] - a[1])[0];
  return best?.[0] ?? apis[0] ?? (stemOf(files[0]).join("-") || "concern");
}
function unique(name, taken) {
  let candidate = name;
  for (let i = 2; taken.has(candidate); i++) candidate = `${name}-${i}`;
  taken.add(candidate);
  return candidate;
}
function countsOf(files, importers) {
  return Object.fromEntries(files.map((f) => [f, importers.get(f) ?? 0]));
}

// src/consolidation/discover/report.ts
function configSnippet(concerns) {
  if (concerns.length === 0) return "";
  const q = (s) => JSON.stringify(s);
  const lines = ["consolidation:", "  concerns:"];
  for (const c of concerns) {
    const kinds = [...new Set(c.evidence.map((e) => e.kind))].join(", ");
    lines.push(`    # ${kinds}: ${c.evidence[0]?.detail ?? ""}`.trimEnd());
    lines.push(`    - name: ${q(c.name)}`);
    lines.push(`      canonical: [${c.canonical.map(q).join(", ")}]`);
    lines.push("      deprecated:");
    for (const d of c.deprecated) lines.push(`        - ${q(d)} # ${c.importers[d] ?? 0} importer(s)`);
    if (c.signatures.length > 0) lines.push(`      forbidden-signatures: [${c.signatures.map(q).join(", ")}]`);
    if (c.evidence.some((e) => e.kind === "near-duplicate")) lines.push("      duplicates: true");
  }
  return `${lines.join("\n")}
`;
}
function discoverReport(concerns, skipped) {
  const snippet = configSnippet(concerns);
  return {
    capability: "consolidation-discover",
    title: concerns.length === 0 ? "Discovery: no module looks like another implementation of the same thing" : `Discovery: ${concerns.length} concern(s) with more than one implementation`,
    ok: true,
    findings: [],
    sections: [
      {
        title: "Proposed concerns",
        table: {
          columns: ["concern", "canonical (most imported)", "deprecated", "evidence"],
          rows: concerns.map((c) => [
            c.name,
            c.canonical.map((f) => `${f} (${c.importers[f] ?? 0})`).join(", "),
            c.deprecated.length <= 4 ? c.deprecated.map((f) => `${f} (${c.importers[f] ?? 0})`).join(", ") : `${c.deprecated.length} modules`,
            [...new Set(c.evidence.map((e) => e.kind))].join(", ")
          ])
        }
      },
      ...snippet ? [{ title: "Config snippet (.github/launchgate.yml)", text: snippet }] : [],
      ...skipped.length > 0 ? [{ title: "Skipped (over max-file-bytes)", text: skipped.join("\n"), collapsed: true }] : []
    ],
    data: { concerns, snippet, skipped }
  };
}

// src/consolidation/discover/run.ts
async function runDiscover(options) {
  const { concerns, skipped } = await discoverConcerns(options);
  return discoverReport(concerns, skipped);
}
async function discoverConcerns(options) {
  const root = await realpath(path.resolve(options.root));
  const cache = await ParseCache.open(cacheDirOf(root, options), { statCache: true });
  const signatures = [...new Set(EXTERNAL_APIS.map((a) => a.pattern))].map(
    (s) => compileSignature(s, "discover")
  );
  const { graph } = await buildGraph({
    root,
    include: options.config.include,
    exclude: options.config.exclude,
    maxFileBytes: options.config["max-file-bytes"],
    signatures,
    fingerprint: () => true,
    cache
  });
  await cache.save();
  const modules = modulesOf(graph);
  const concerns = proposeConcerns({
    modules,
    allFiles: graph.allFiles,
    importers: importerCounts(graph),
    mtimes: new Map(modules.map((m) => [m.path, mtimeOf(path.join(root, m.path))])),
    minTokens: options.minTokens ?? 100
  });
  return { concerns, skipped: graph.skipped };
}
function modulesOf(graph) {
  return [...graph.files.values()].map((f) => ({
    path: f.path,
    language: f.language,
    exports: f.exports,
    ...externalApisOf(f),
    imports: [...new Set(f.imports.flatMap((i) => i.target ? [i.target] : []))],
    ...f.fingerprints ? { fingerprints: f.fingerprints } : {}
  }));
}
function externalApisOf(file) {
  const used = EXTERNAL_APIS.filter(
    (a) => a.language === file.language && file.signatureHits.some((h) => h.signature === a.pattern)
  );
  return { apis: [...new Set(used.map((a) => a.id))], signatures: [...new Set(used.map((a) => a.signature))] };
}
function importerCounts(graph) {
  const importers = /* @__PURE__ */ new Map();
  for (const file of graph.files.values()) {
    for (const i of file.imports) {
      if (!i.target || i.target === file.path) continue;
      const set = importers.get(i.target) ?? /* @__PURE__ */ new Set();
      set.add(file.path);
      importers.set(i.target, set);
    }
  }
  return new Map([...importers].map(([f, s]) => [f, s.size]));
}
function mtimeOf(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

export {
  configSnippet,
  runDiscover,
  discoverConcerns
};

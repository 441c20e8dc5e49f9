import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  compareFindings,
  sortFindings
} from "./chunk-XOEPOA5U.js";

// src/tool.ts
var TOOL = {
  name: "launchgate",
  version: "0.1.0",
  informationUri: "https://github.com/launchgate/launchgate"
};

// src/report/json.ts
var RESERVED = /* @__PURE__ */ new Set(["capability", "ok", "title", "findings"]);
var FINDING_KEYS = [
  "rule",
  "severity",
  "message",
  "file",
  "line",
  "column",
  "endLine",
  "endColumn",
  "title",
  "fingerprint",
  "properties"
];
function plain(value, seen) {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  try {
    if (value instanceof Error) return { name: value.name, message: value.message };
    const toJSON = value.toJSON;
    if (typeof toJSON === "function") return plain(toJSON.call(value), seen);
    if (value instanceof Map) return plain(Object.fromEntries(value), seen);
    if (value instanceof Set || Array.isArray(value)) {
      return Array.from(
        value,
        (item) => item === void 0 || typeof item === "function" ? null : plain(item, seen)
      );
    }
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const item = plain(value[key], seen);
      if (item !== void 0 && typeof item !== "function" && typeof item !== "symbol") out[key] = item;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
function findingJson(finding, lifted) {
  const out = {};
  for (const key of lifted) {
    const value = plain(finding.properties?.[key], /* @__PURE__ */ new Set());
    if (value !== void 0 && !FINDING_KEYS.includes(key)) out[key] = value;
  }
  for (const key of FINDING_KEYS) {
    const value = plain(finding[key], /* @__PURE__ */ new Set());
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function reportJson(report) {
  const doc = {
    capability: report.capability,
    ok: report.ok,
    title: report.title,
    findings: report.findings.map((f) => findingJson(f, report.findingFields ?? []))
  };
  const data = plain(report.data ?? {}, /* @__PURE__ */ new Set());
  for (const [key, value] of Object.entries(data)) if (!RESERVED.has(key)) doc[key] = value;
  return doc;
}
function renderJson(report) {
  return `${JSON.stringify(reportJson(report), null, 2)}
`;
}

// src/report/sarif.ts
var FINGERPRINT_KEY = "launchgate/v1";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function sarifLevel(severity) {
  if (severity === "CRITICAL" || severity === "HIGH") return "error";
  return severity === "MEDIUM" ? "warning" : "note";
}
var SECURITY_SEVERITY = {
  CRITICAL: "9.5",
  HIGH: "8.0",
  MEDIUM: "5.5",
  LOW: "2.0"
};
function artifactUri(file) {
  const relative = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  return relative.split("/").map(encodeURIComponent).join("/");
}
function positive(n) {
  return n !== void 0 && Number.isInteger(n) && n >= 1;
}
function region(f) {
  if (!positive(f.line)) return void 0;
  const out = { startLine: f.line };
  if (positive(f.column)) out.startColumn = f.column;
  if (positive(f.endLine) && f.endLine >= f.line) out.endLine = f.endLine;
  const endLine = out.endLine ?? f.line;
  if (positive(f.endColumn) && (endLine > f.line || f.endColumn >= (out.startColumn ?? 1)))
    out.endColumn = f.endColumn;
  return out;
}
function location(f) {
  if (f.file === void 0 || f.file === "") return void 0;
  const where = region(f);
  const physicalLocation = {
    artifactLocation: { uri: artifactUri(f.file), uriBaseId: "%SRCROOT%" }
  };
  if (where) physicalLocation.region = where;
  return [{ physicalLocation }];
}
function buildRules(findings, tool) {
  const declared = tool.rules ?? {};
  const ids = [...Object.keys(declared)];
  for (const f of findings) if (!ids.includes(f.rule)) ids.push(f.rule);
  return ids.map((id) => {
    const meta = declared[id];
    const worst = findings.find((f) => f.rule === id);
    const rule = { id, shortDescription: { text: meta?.description ?? worst?.title ?? id } };
    if (meta?.helpUri) rule.helpUri = meta.helpUri;
    const properties2 = {};
    if (meta?.tags?.length) properties2.tags = [...meta.tags];
    if (worst) {
      rule.defaultConfiguration = { level: sarifLevel(worst.severity) };
      const score = SECURITY_SEVERITY[worst.severity];
      if (score) properties2["security-severity"] = score;
    }
    if (Object.keys(properties2).length > 0) rule.properties = properties2;
    return rule;
  });
}
function result(f, json, ruleIndex) {
  const out = {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message }
  };
  const locations = location(f);
  if (locations) out.locations = locations;
  if (f.fingerprint) out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  const score = SECURITY_SEVERITY[f.severity];
  const own = json.properties ?? {};
  const properties2 = {
    severity: f.severity,
    ...score ? { "security-severity": score } : {},
    ...own
  };
  if (f.title) properties2.title = f.title;
  out.properties = properties2;
  return out;
}
function sarifLog(report, tool) {
  const findings = sortFindings(report.findings, compareFindings);
  const rules = buildRules(findings, tool);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const jsonFindings = reportJson({ ...report, findings, data: {} }).findings;
  const driver = { name: tool.name, version: tool.version };
  if (tool.informationUri) driver.informationUri = tool.informationUri;
  driver.rules = rules;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        // The category code scanning files these results under, so each capability's upload stands alone.
        automationDetails: { id: `${tool.name}/${report.capability}/` },
        // Columns come from JavaScript tools (ESLint, TypeScript), which count UTF-16 code units.
        columnKind: "utf16CodeUnits",
        results: findings.map((f, i) => result(f, jsonFindings[i] ?? {}, index.get(f.rule) ?? -1))
      }
    ]
  };
}
function renderSarif(report, tool) {
  return `${JSON.stringify(sarifLog(report, tool), null, 2)}
`;
}

// src/report/annotations.ts
var DEFAULT_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, total: 50 };
var LEVELS = ["error", "warning", "notice"];
function annotationLevel(severity) {
  if (severity === "CRITICAL" || severity === "HIGH") return "error";
  return severity === "MEDIUM" ? "warning" : "notice";
}
function positive2(n) {
  return n !== void 0 && Number.isInteger(n) && n >= 1;
}
function properties(f) {
  const out = { title: f.title ? `${f.rule}: ${f.title}` : f.rule };
  if (!f.file) return out;
  out.file = f.file;
  if (!positive2(f.line)) return out;
  out.startLine = f.line;
  const endLine = positive2(f.endLine) && f.endLine >= f.line ? f.endLine : f.line;
  out.endLine = endLine;
  if (endLine === f.line && positive2(f.column)) {
    out.startColumn = f.column;
    if (positive2(f.endColumn) && f.endColumn >= f.column) out.endColumn = f.endColumn;
  }
  return out;
}
function choose(sorted, limits) {
  const used = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const f of sorted) {
    const level = annotationLevel(f.severity);
    if (used[level] >= limits[level] || annotations.length >= limits.total) {
      omitted[level]++;
      continue;
    }
    used[level]++;
    annotations.push({ level, message: f.message, properties: properties(f) });
  }
  return { annotations, omitted };
}
function anyOmitted(plan) {
  return LEVELS.some((level) => plan.omitted[level] > 0);
}
function planAnnotations(findings, limits = {}) {
  const caps = { ...DEFAULT_ANNOTATION_LIMITS, ...limits };
  const sorted = sortFindings(findings, compareFindings);
  const plan = choose(sorted, caps);
  if (!anyOmitted(plan)) return plan;
  return choose(sorted, {
    ...caps,
    notice: Math.max(0, caps.notice - 1),
    total: Math.max(0, caps.total - 1)
  });
}
function describeOmitted(omitted) {
  return LEVELS.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${level}${omitted[level] === 1 ? "" : "s"}`).join(", ");
}
function emitAnnotations(plan, sink, where = "the job summary and the JSON or SARIF report") {
  for (const a of plan.annotations) sink[a.level](a.message, a.properties);
  const total = LEVELS.reduce((sum, level) => sum + plan.omitted[level], 0);
  if (total === 0) return;
  const noun = total === 1 ? "finding was" : "findings were";
  sink.notice(
    `${total} more ${noun} not annotated (${describeOmitted(plan.omitted)}): a step shows only so many annotations per level. See ${where} for all findings.`,
    { title: "launchgate: annotations omitted" }
  );
}

export {
  renderJson,
  renderSarif,
  planAnnotations,
  emitAnnotations,
  TOOL
};

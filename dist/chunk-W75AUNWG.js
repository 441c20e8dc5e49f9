import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  renderSarif
} from "./chunk-KXIHQP2Y.js";
import {
  compareByLocation,
  describeCounts,
  formatLocation,
  renderJson,
  renderMarkdown,
  sortFindings,
  visibleControls
} from "./chunk-3NXWM2HP.js";

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
  const triggers = [...failing].sort((a, b) => a.kind === b.kind ? 0 : a.kind === "hard" ? -1 : 1).map((s) => ({ signal: s.signal, reason: s.reason }));
  if (failing.length > 0) return { decision: "rollback", triggers, signals };
  const open = signals.length === 0 || signals.some((s) => s.verdict === "INCONCLUSIVE");
  return { decision: open ? "inconclusive" : "healthy", triggers, signals };
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

export {
  FORMATS,
  render,
  SAMPLE_SOURCES,
  BLIND_CAUSES,
  percent,
  decide,
  filterReport
};

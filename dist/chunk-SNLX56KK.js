import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  openRollback,
  probeHealth
} from "./chunk-KPNDZGYK.js";
import {
  probeWebSocket
} from "./chunk-3FP6HW4Y.js";
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode
} from "./chunk-X3IRMFFO.js";
import {
  callGitHub,
  toDeployment
} from "./chunk-FK6VXFIS.js";
import {
  renderMarkdown
} from "./chunk-XOEPOA5U.js";
import {
  MAX_NESTING,
  external_exports,
  firstTooDeep
} from "./chunk-XEJXVRDQ.js";
import {
  ApiError,
  ConfigurationError,
  ExitCode,
  describeError,
  formatPosition,
  lineColumn
} from "./chunk-WONG65HV.js";

// src/monitor/samples.ts
var SAMPLE_SOURCES = ["http", "websocket", "health", "security-alert"];
function isSourceFailure(sample) {
  return "error" in sample;
}
function isRateLimited(failure) {
  return failure.error.status === 429;
}
function isComplete(bucket2, now) {
  return bucket2.complete !== false && (bucket2.end === void 0 || bucket2.end <= now);
}
function samplesInWindow(samples, deployedAt, now) {
  return samples.filter((s) => s.at >= deployedAt && s.at <= now).sort((a, b) => a.at - b.at);
}
function samplesOf(samples, source) {
  return samples.filter((s) => s.signal === source);
}

// src/monitor/hard-signals.ts
function silentInTwoBursts(probes) {
  const bursts = [];
  for (const p of probes) {
    if (bursts.at(-1)?.[0]?.burst === p.burst) bursts.at(-1).push(p);
    else bursts.push([p]);
  }
  const lastTwo = bursts.slice(-2);
  return lastTwo.length === 2 && lastTwo.every((b) => b.some((p) => p.failed && !p.answered));
}
function awaitsSecondBurst(series, required) {
  return healthVerdict(series, { healthProbes: required }).cause === "awaiting-confirmation";
}
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
  const answered = recent.some((p) => p.failed && p.answered);
  if (failed >= required && (answered || silentInTwoBursts(probes))) {
    verdict = "FAIL";
    reason = `${failed} of the last ${recent.length} probes failed (latest: ${lastProbe.detail})`;
  } else if (failed >= required) {
    verdict = "INCONCLUSIVE";
    cause = "awaiting-confirmation";
    reason = `${failed} of the last ${recent.length} probes got no answer (latest: ${lastProbe.detail}), in one burst: a loaded machine or network looks the same; a second burst confirms`;
  } else if (failed === 1 && lastProbe?.failed === false && last === lastProbe) {
    reason = `one probe failed and the app answered the ones after it (latest: ${lastProbe.detail}): a recovered flap`;
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
function burstOf(probe) {
  return `${probe.at}:${probe.burst ?? 0}`;
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
    (p) => ({
      at: p.at,
      failed: !p.ok,
      answered: p.status !== void 0,
      burst: burstOf(p),
      detail: probeDetail(p)
    }),
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
      return state === void 0 ? void 0 : {
        at: p.at,
        failed: state === "fail",
        answered: true,
        burst: burstOf(p),
        detail: `${name}: ${state}`
      };
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
function percent(share2) {
  return `${(share2 * 100).toFixed(1)}%`;
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
PerceptronModel.prototype.train = function train2(features, label2) {
  if (label2 !== 0 && label2 !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label2) {
    var gradient = label2 - prediction;
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
function rateVerdict(spec, series, count2, now, t) {
  const { usable, incompleteSeen } = split(series, now);
  const entries = usable.map((s) => {
    if (isSourceFailure(s)) return failureEntry(s);
    const { failures, trials } = count2(s);
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

// src/monitor/blind.ts
function runRecord(at, decision) {
  return {
    at,
    decision: decision.decision,
    signals: decision.signals.map((s) => ({ signal: s.signal, verdict: s.verdict, cause: s.cause }))
  };
}
function isBlindFor(run, signal) {
  const verdict = run.signals.find((s) => s.signal === signal);
  if (verdict === void 0) return true;
  return verdict.verdict === "INCONCLUSIVE" && verdict.cause !== void 0 && BLIND_CAUSES.has(verdict.cause);
}
function blindStatus(history, afterRuns) {
  const latest = history.at(-1);
  if (latest === void 0) return { blind: false, signals: [], reason: "no runs yet" };
  const signals = [];
  for (const { signal } of latest.signals) {
    let runs = 0;
    for (let i = history.length - 1; i >= 0 && isBlindFor(history[i], signal); i--) runs++;
    const cause = latest.signals.find((s) => s.signal === signal)?.cause;
    if (runs >= afterRuns && cause !== void 0) signals.push({ signal, runs, cause });
  }
  if (signals.length === 0) {
    return { blind: false, signals, reason: `every signal had usable data within the last ${afterRuns} runs` };
  }
  const list = signals.map((s) => `${s.signal} (${s.cause}, ${s.runs} runs)`).join(", ");
  return { blind: true, signals, reason: `no usable data for ${list}: the monitor is blind there` };
}

// src/monitor/cadence.ts
var MINUTE = 6e4;
var PLAN_CADENCE = Object.freeze({
  steps: [
    { untilMinutes: 60, everyMinutes: 5 },
    { untilMinutes: 180, everyMinutes: 15 },
    { untilMinutes: 240, everyMinutes: 30 }
  ],
  windowMinutes: 240,
  schedulerMinutes: 5,
  settleMinutes: 1
});
function cadenceFromConfig(config) {
  return {
    steps: config.cadence.map((s) => ({
      untilMinutes: s["until-hour"] * 60,
      everyMinutes: s["every-minutes"]
    })),
    windowMinutes: config["window-hours"] * 60,
    schedulerMinutes: config["scheduler-minutes"],
    settleMinutes: config["settle-minutes"]
  };
}
function intervalAt(cadence, minute) {
  const step = cadence.steps.find((s) => minute < s.untilMinutes) ?? cadence.steps.at(-1);
  return step?.everyMinutes ?? cadence.schedulerMinutes;
}
function checkTimes(cadence) {
  const times = [];
  for (let t = 0; ; ) {
    t = Math.round((t + intervalAt(cadence, t)) * MINUTE) / MINUTE;
    if (t > cadence.windowMinutes) return times;
    times.push(t + cadence.settleMinutes);
  }
}
function checkDue(cadence, elapsedMs, lastCheckMs) {
  const elapsed = elapsedMs / MINUTE;
  if (elapsed < 0) return { due: false, watching: true, reason: "the deploy is in the future (clock skew?)" };
  const times = checkTimes(cadence);
  const nextMinutes = times.find((t) => t > elapsed);
  const slot = times.filter((t) => t <= elapsed).at(-1);
  if (elapsed >= cadence.windowMinutes + cadence.settleMinutes + cadence.schedulerMinutes) {
    return { due: false, watching: false, reason: `the ${cadence.windowMinutes}-minute window is over` };
  }
  if (slot === void 0) {
    return { due: false, watching: true, nextMinutes, reason: `first check at ${nextMinutes ?? "?"} minutes` };
  }
  const intervalMinutes = intervalAt(cadence, slot - cadence.settleMinutes - 1e-9);
  const last = lastCheckMs === void 0 ? void 0 : lastCheckMs / MINUTE;
  const due = last === void 0 ? elapsed - slot < cadence.schedulerMinutes : last < slot;
  const reason = due ? `check for minute ${slot} (every ${intervalMinutes} minutes now)` : `minute ${slot} already checked; next at ${nextMinutes ?? "the end of the window"}`;
  return { due, watching: true, slotMinutes: slot, intervalMinutes, nextMinutes, reason };
}

// src/monitor/replay.ts
var instant = external_exports.iso.datetime({ offset: true }).transform((text) => Date.parse(text));
var count = external_exports.number().int().nonnegative();
var share = external_exports.number().min(0).max(1);
var positive = external_exports.number().positive();
var wholeCount = external_exports.number().int().positive();
var thresholdsSchema = external_exports.strictObject({
  errorRate: share,
  websocketFailureRate: share,
  p95Ms: positive,
  minRequests: wholeCount,
  minWebsocketAttempts: wholeCount,
  healthProbes: wholeCount,
  consecutiveBuckets: wholeCount,
  confidence: external_exports.number().gt(0.5).lt(1)
}).partial();
var bucket = { at: instant, end: instant.optional(), complete: external_exports.boolean().optional() };
var sampleSchemas = {
  http: external_exports.object({
    signal: external_exports.literal("http"),
    ...bucket,
    requests: count,
    errors: count,
    p95Ms: positive.optional()
  }).refine((s) => s.errors <= s.requests, { message: "errors must not exceed requests", path: ["errors"] }),
  websocket: external_exports.object({ signal: external_exports.literal("websocket"), ...bucket, attempts: count, failures: count }).refine((s) => s.failures <= s.attempts, {
    message: "failures must not exceed attempts",
    path: ["failures"]
  }),
  health: external_exports.object({
    signal: external_exports.literal("health"),
    at: instant,
    ok: external_exports.boolean(),
    status: external_exports.number().int().optional(),
    latencyMs: external_exports.number().nonnegative().optional(),
    checks: external_exports.record(external_exports.string(), external_exports.enum(["pass", "fail", "warn"])).optional()
  }),
  "security-alert": external_exports.object({
    signal: external_exports.literal("security-alert"),
    at: instant,
    // GitHub's advisory database and npm say `moderate` where code scanning says `medium`.
    severity: external_exports.preprocess(
      (v) => typeof v === "string" ? v.toLowerCase() === "moderate" ? "medium" : v.toLowerCase() : v,
      external_exports.enum(["critical", "high", "medium", "low"])
    ),
    summary: external_exports.string(),
    url: external_exports.string().optional()
  })
};
var failureSchema = external_exports.object({
  signal: external_exports.enum(SAMPLE_SOURCES),
  at: instant,
  error: external_exports.object({ status: external_exports.number().int().optional(), message: external_exports.string() })
});
var fileSchema = external_exports.object({
  deployment: external_exports.looseObject({ sha: external_exports.string().min(1), deployedAt: instant }),
  now: instant.optional(),
  thresholds: thresholdsSchema.optional(),
  sources: external_exports.array(external_exports.enum(SAMPLE_SOURCES)).optional(),
  samples: external_exports.array(external_exports.unknown())
});
var ReplayFileError = class extends ConfigurationError {
  name = "ReplayFileError";
  problems;
  constructor(problems) {
    const lines = problems.map((p) => `${formatPosition(p.position)}: ${label(p.path)}${p.message}`);
    super(lines.length === 1 ? lines[0] : `invalid replay file:
  ${lines.join("\n  ")}`, {
      key: problems[0]?.path.join(".")
    });
    this.problems = problems;
  }
};
function label(path) {
  if (path.length === 0) return "";
  const text = path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
  return `${text}: `;
}
function positionOf(text, root, file, path) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return { file, ...lineColumn(text, node.offset) };
  }
  return { file };
}
function problemsOf(issues, prefix) {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => typeof p === "symbol" ? String(p) : p)],
    message: issue.message.replace(/^Invalid input: /, "")
  }));
}
function parseSample(raw, index) {
  const at = ["samples", index];
  const signal = raw?.signal;
  if (typeof raw !== "object" || raw === null || !SAMPLE_SOURCES.includes(signal)) {
    return {
      problems: [
        {
          path: [...at, "signal"],
          message: `expected one of ${SAMPLE_SOURCES.join(", ")}, got ${JSON.stringify(signal)}`
        }
      ]
    };
  }
  const schema = "error" in raw ? failureSchema : sampleSchemas[signal];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { problems: problemsOf(parsed.error.issues, at) };
  return { sample: parsed.data, problems: [] };
}
function parseReplay(text, file) {
  const deep = firstTooDeep(text);
  if (deep !== void 0) {
    const position = { file, ...lineColumn(text, deep) };
    const message = `nested more than ${MAX_NESTING} levels deep; a replay file is never that deep`;
    throw new ReplayFileError([{ path: [], message, position }]);
  }
  const syntax = [];
  const root = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: true });
  if (syntax.length > 0 || root === void 0) {
    const first = syntax[0];
    const position = { file, ...lineColumn(text, first?.offset ?? 0) };
    const code = first ? printParseErrorCode(first.error) : "empty file";
    throw new ReplayFileError([{ path: [], message: `invalid JSON (${code})`, position }]);
  }
  const data = JSON.parse(text);
  const top = fileSchema.safeParse(data);
  const found = top.success ? [] : problemsOf(top.error.issues, []);
  const samples = [];
  if (top.success) {
    top.data.samples.forEach((raw, index) => {
      const { sample, problems } = parseSample(raw, index);
      if (sample) samples.push(sample);
      found.push(...problems);
    });
  }
  if (found.length > 0 || !top.success) {
    throw new ReplayFileError(found.map((p) => ({ ...p, position: positionOf(text, root, file, p.path) })));
  }
  const { deployment, thresholds, sources } = top.data;
  const newest = samples.reduce((max, s) => Math.max(max, s.at), deployment.deployedAt);
  return { deployment, now: top.data.now ?? newest, thresholds, sources, samples };
}

// src/monitor/chart.ts
var MINUTE2 = 6e4;
var SPECS = {
  "error-rate": { title: "HTTP error rate (%)", axis: "%", scale: (v) => v * 100 },
  "websocket-failures": { title: "WebSocket connection failures (%)", axis: "%", scale: (v) => v * 100 },
  p95: { title: "Response time P95 (s)", axis: "s", scale: (v) => v / 1e3 }
};
function round(value) {
  return Math.round(value * 100) / 100;
}
function signalChart(verdict, deployedAt) {
  const spec = SPECS[verdict.signal];
  if (spec === void 0) return void 0;
  const points = verdict.observations.filter((o) => o.outcome !== "unusable" && o.value !== void 0);
  if (points.length === 0) return void 0;
  const labels = points.map((o) => `"+${Math.round((o.at - deployedAt) / MINUTE2)}m"`);
  const values = points.map((o) => round(spec.scale(o.value)));
  const threshold = round(spec.scale(verdict.threshold));
  const top = round(Math.max(threshold, ...values) * 1.2) || 1;
  return [
    "xychart-beta",
    `  title "${spec.title}: ${verdict.verdict}"`,
    `  x-axis "minutes after the deploy" [${labels.join(", ")}]`,
    `  y-axis "${spec.axis}" 0 --> ${top}`,
    `  bar [${values.join(", ")}]`,
    `  line [${values.map(() => threshold).join(", ")}]`
  ].join("\n");
}
function windowCharts(signals, deployedAt) {
  const charts = signals.map((s) => signalChart(s, deployedAt)).filter((c) => c !== void 0);
  if (charts.length === 0) return void 0;
  return charts.map((c) => `\`\`\`mermaid
${c}
\`\`\``).join("\n\n");
}

// src/monitor/report.ts
var RATE_SIGNALS = /* @__PURE__ */ new Set(["error-rate", "websocket-failures"]);
function formatValue(signal, value) {
  if (value === void 0) return "\u2014";
  if (RATE_SIGNALS.has(signal.signal)) return percent(value);
  if (signal.signal === "p95") return `${Math.round(value)} ms`;
  return signal.signal === "security" ? `${value} critical` : `${value} failing`;
}
function formatThreshold(signal) {
  if (signal.signal === "security") return "any critical";
  if (signal.kind === "hard") return `${signal.threshold} of ${2 * signal.threshold - 1} probes failing`;
  return formatValue(signal, signal.threshold);
}
function title(input) {
  const { result, deployment, now } = input;
  const minutes = Math.round((now - deployment.deployedAt) / 6e4);
  const sha = deployment.sha.slice(0, 12);
  if (result.decision === "rollback") {
    return `Roll back ${sha}: ${result.triggers.map((t) => t.signal).join(", ")} failed ${minutes} minutes after the deploy`;
  }
  if (result.decision === "healthy") return `${sha} is healthy ${minutes} minutes after the deploy`;
  const open = result.signals.filter((s) => s.verdict === "INCONCLUSIVE").map((s) => `${s.signal} (${s.cause})`);
  return `${sha}: inconclusive ${minutes} minutes after the deploy: ${open.join(", ") || "no signal watched"}`;
}
function findingOf(signal) {
  return {
    rule: `monitor/${signal.signal}`,
    severity: signal.verdict === "FAIL" ? "CRITICAL" : "LOW",
    title: `${signal.signal}: ${signal.verdict}${signal.cause ? ` (${signal.cause})` : ""}`,
    message: signal.reason,
    properties: {
      kind: signal.kind,
      value: signal.value,
      threshold: signal.threshold,
      samples: signal.samples
    }
  };
}
function signalJson(signal) {
  return {
    signal: signal.signal,
    kind: signal.kind,
    verdict: signal.verdict,
    cause: signal.cause,
    value: signal.value,
    threshold: signal.threshold,
    samples: signal.samples,
    reason: signal.reason,
    observations: signal.observations.map((o) => ({ ...o, at: new Date(o.at).toISOString() }))
  };
}
function monitorReport(input) {
  const { result } = input;
  const rows = result.signals.map((s) => [
    s.signal,
    s.kind,
    s.cause ? `${s.verdict} (${s.cause})` : s.verdict,
    formatValue(s, s.value),
    formatThreshold(s),
    s.samples,
    s.reason
  ]);
  const sections = [
    {
      title: "Signals",
      table: { columns: ["signal", "kind", "verdict", "value", "threshold", "samples", "reason"], rows }
    }
  ];
  const charts = input.charts ? windowCharts(result.signals, input.deployment.deployedAt) : void 0;
  if (charts !== void 0) sections.push({ title: "Window", text: charts });
  if (input.blind?.blind) sections.push({ title: "Monitor is blind", text: input.blind.reason });
  return {
    capability: "monitor",
    title: title(input),
    ok: result.decision === "healthy",
    inconclusive: result.decision === "inconclusive",
    findings: result.signals.filter((s) => s.verdict !== "PASS").map(findingOf),
    sections,
    data: {
      decision: result.decision,
      triggers: result.triggers,
      signals: result.signals.map(signalJson),
      deployment: {
        sha: input.deployment.sha,
        deployedAt: new Date(input.deployment.deployedAt).toISOString()
      },
      now: new Date(input.now).toISOString(),
      thresholds: input.thresholds,
      blind: input.blind
    }
  };
}

// src/monitor/thresholds.ts
var PLAN_THRESHOLDS = Object.freeze({
  errorRate: 0.05,
  websocketFailureRate: 0.1,
  p95Ms: 5e3,
  minRequests: 100,
  minWebsocketAttempts: 20,
  healthProbes: 3,
  consecutiveBuckets: 2,
  confidence: 0.95
});
function thresholdsFromConfig(config) {
  return {
    errorRate: config.thresholds["error-rate"],
    websocketFailureRate: config.thresholds["websocket-failure-rate"],
    p95Ms: config.thresholds["p95-ms"],
    minRequests: config["min-samples"].requests,
    minWebsocketAttempts: config["min-samples"]["websocket-attempts"],
    healthProbes: config["min-samples"]["health-probes"],
    consecutiveBuckets: config["consecutive-buckets"],
    confidence: config.confidence
  };
}
function mergeThresholds(base, ...overrides) {
  const out = { ...base };
  for (const override of overrides) {
    for (const [key, value] of Object.entries(override ?? {})) {
      if (value !== void 0) out[key] = value;
    }
  }
  return out;
}

// src/monitor/judge-replay.ts
function exitCodeOf(decision) {
  if (decision === "healthy") return ExitCode.ok;
  return decision === "rollback" ? ExitCode.gateFailed : ExitCode.inconclusive;
}
function judgeReplay(text, file, base, options = {}) {
  const replay = parseReplay(text, file);
  const thresholds = mergeThresholds(base, replay.thresholds);
  const result = decide({
    deployedAt: replay.deployment.deployedAt,
    now: replay.now,
    samples: replay.samples,
    thresholds,
    sources: replay.sources
  });
  const report = monitorReport({
    result,
    deployment: replay.deployment,
    now: replay.now,
    thresholds,
    charts: options.charts
  });
  return { result, report, exitCode: exitCodeOf(result.decision) };
}

// src/monitor/live-report.ts
function idleReport(reason, deployment) {
  const data = { decision: "idle", triggers: [], reason };
  if (deployment) {
    data.deployment = {
      id: deployment.id,
      sha: deployment.sha,
      deployedAt: new Date(deployment.deployedAt).toISOString()
    };
  }
  return { capability: "monitor", title: `nothing to check: ${reason}`, ok: true, findings: [], data };
}
function evidenceLines(items) {
  return items.map((i) => `- ${i.url ? `[${i.title}](${i.url})` : i.title}${i.detail ? `: ${i.detail}` : ""}`).join("\n");
}
function evidenceMarkdown(report, items, deployment) {
  const links = [...items];
  if (deployment.url) links.unshift({ title: "Deployed app", url: deployment.url });
  const more = links.length > 0 ? `

#### Links and new issues

${evidenceLines(links)}` : "";
  return `${renderMarkdown(report, { maxChars: 55e3 })}${more}`;
}
function rollbackSection(rollback) {
  const rows = rollback.steps.map((s) => [s.action, s.outcome, s.detail]);
  const what = [
    rollback.pullRequest ? `PR #${rollback.pullRequest.number} (${rollback.pullRequest.url})` : void 0,
    rollback.issue ? `issue #${rollback.issue.number} (${rollback.issue.url})` : void 0
  ].filter(Boolean);
  const text = [
    rollback.held ? `Held by \`rollback:hold\` on ${rollback.held.on}: no automatic action.` : void 0,
    rollback.dryRun ? "Dry run: nothing was written." : void 0,
    what.length > 0 ? `Rollback: ${what.join(", ")}.` : void 0,
    rollback.problem ? `Problem: ${rollback.problem}` : void 0
  ].filter(Boolean);
  return {
    title: "Rollback",
    text: text.join("\n\n"),
    table: { columns: ["step", "outcome", "detail"], rows }
  };
}
function liveReport(base, extra) {
  const sections = [...base.sections ?? []];
  if (extra.rollback) sections.push(rollbackSection(extra.rollback));
  if (extra.blindIssue) {
    const { outcome, number, url } = extra.blindIssue;
    sections.push({
      title: "Blind issue",
      text: `${outcome}${number ? ` #${number}` : ""}${url ? ` (${url})` : ""}`
    });
  }
  if (extra.evidence.length > 0)
    sections.push({ title: "Evidence", text: evidenceLines(extra.evidence), collapsed: true });
  const rollback = extra.rollback && {
    created: extra.rollback.created,
    dryRun: extra.rollback.dryRun,
    branch: extra.rollback.branch,
    pullRequest: extra.rollback.pullRequest && {
      number: extra.rollback.pullRequest.number,
      url: extra.rollback.pullRequest.url
    },
    issue: extra.rollback.issue && { number: extra.rollback.issue.number, url: extra.rollback.issue.url },
    held: extra.rollback.held,
    problem: extra.rollback.problem,
    steps: extra.rollback.steps
  };
  return {
    ...base,
    sections,
    data: {
      ...base.data,
      dryRun: extra.dryRun,
      rollback,
      blindIssue: extra.blindIssue,
      evidence: extra.evidence
    }
  };
}

// src/monitor/run-log.ts
var RUN_LOG_PREFIX = "launchgate-monitor";
var DESCRIPTION_MAX = 140;
var SIGNAL_CODES = [
  ["error-rate", "e"],
  ["p95", "p"],
  ["websocket-failures", "w"],
  ["health", "h"],
  ["security", "s"]
];
var CAUSE_CODES = [
  ["no-data", "nd"],
  ["too-few-samples", "fs"],
  ["source-error", "se"],
  ["rate-limited", "rl"],
  ["incomplete-bucket", "ib"],
  ["not-significant", "ns"],
  ["awaiting-confirmation", "ac"]
];
var VERDICTS = { P: "PASS", F: "FAIL", I: "INCONCLUSIVE" };
var DECISIONS = /* @__PURE__ */ new Set(["healthy", "rollback", "inconclusive"]);
function encodeRun(run, deployedAt) {
  const parts = [RUN_LOG_PREFIX, `t=${Math.max(0, Math.floor((run.at - deployedAt) / 1e3))}`, run.decision];
  for (const [signal, code] of SIGNAL_CODES) {
    const verdict = run.signals.find((s) => s.signal === signal);
    if (verdict === void 0) continue;
    const cause = CAUSE_CODES.find(([name]) => name === verdict.cause)?.[1];
    parts.push(`${code}=${verdict.verdict[0]}${cause ? `:${cause}` : ""}`);
  }
  if (run.websocket) parts.push(`ws=${run.websocket.failures}/${run.websocket.attempts}`);
  return parts.join(" ").slice(0, DESCRIPTION_MAX);
}
function decodeRun(description, deployedAt) {
  const [prefix, time, decision, ...fields] = (description ?? "").trim().split(/\s+/);
  const seconds = /^t=(\d+)$/.exec(time ?? "")?.[1];
  if (prefix !== RUN_LOG_PREFIX || seconds === void 0 || !DECISIONS.has(decision))
    return void 0;
  const run = {
    at: deployedAt + Number(seconds) * 1e3,
    decision,
    signals: []
  };
  for (const field of fields) {
    const ws = /^ws=(\d+)\/(\d+)$/.exec(field);
    if (ws) {
      run.websocket = { failures: Number(ws[1]), attempts: Number(ws[2]) };
      continue;
    }
    const match = /^([a-z])=([PFI])(?::([a-z]{2}))?$/.exec(field);
    const signal = SIGNAL_CODES.find(([, code]) => code === match?.[1])?.[0];
    if (!match || signal === void 0) continue;
    const cause = CAUSE_CODES.find(([, code]) => code === match[3])?.[0];
    run.signals.push({ signal, verdict: VERDICTS[match[2]], ...cause ? { cause } : {} });
  }
  return run;
}
function isRunLog(description) {
  return (description ?? "").startsWith(`${RUN_LOG_PREFIX} `);
}
function recordedSignals(run) {
  const kept = new Set(SIGNAL_CODES.map(([signal]) => signal));
  return { ...run, signals: run.signals.filter((s) => kept.has(s.signal)) };
}

// src/monitor/live.ts
function pastProbeBuckets(history) {
  return history.flatMap(
    (run) => run.websocket ? [{ signal: "websocket", at: run.at, end: run.at, complete: true, ...run.websocket }] : []
  );
}
async function runLiveMonitor(deps, settings) {
  const clock = deps.clock ?? Date.now;
  const latest = await deps.deployments.latest(settings.environment);
  if (!latest.deployment) return idle(latest.reason);
  const deployment = latest.deployment;
  const history = await readHistory(deps, deployment);
  const startedAt = clock();
  const elapsed = startedAt - deployment.deployedAt;
  const due = checkDue(
    settings.cadence,
    elapsed,
    history.at(-1) && history.at(-1).at - deployment.deployedAt
  );
  if (!due.due && !settings.force) return idle(due.reason, deployment);
  const readings = await Promise.all(deps.sources.map((s) => s.read(deployment, startedAt)));
  const samples = [...pastProbeBuckets(history), ...readings.flatMap((r) => r.samples)];
  const evidence = readings.flatMap((r) => r.evidence ?? []);
  const now = Math.max(clock(), ...samples.map((s) => s.at));
  const result = decide({
    deployedAt: deployment.deployedAt,
    now,
    samples,
    thresholds: settings.thresholds,
    sources: deps.sources.map((s) => s.source)
  });
  const probes = readings.flatMap((r) => r.samples).find((s) => "attempts" in s);
  const record = {
    ...runRecord(probes?.at ?? now, result),
    ...probes ? { websocket: probes } : {}
  };
  const blind = blindStatus([...history, record].map(recordedSignals), settings.blindAfterRuns);
  const base = monitorReport({
    result,
    deployment,
    now,
    thresholds: settings.thresholds,
    charts: settings.charts,
    blind
  });
  const options = { dryRun: settings.dryRun };
  let rollback;
  let blindIssue;
  if (result.decision === "rollback") {
    const reason = result.triggers.map((t) => `${t.signal}: ${t.reason}`).join("; ");
    const withCharts = monitorReport({
      result,
      deployment,
      now,
      thresholds: settings.thresholds,
      charts: true
    });
    rollback = await deps.actions.rollback(
      deployment,
      reason,
      evidenceMarkdown(withCharts, evidence, deployment),
      options
    );
  } else if (blind.blind) {
    blindIssue = await deps.actions.reportBlind(deployment, blind, options);
  }
  if (!settings.dryRun) await writeRecord(deps, deployment, record);
  const report = liveReport(base, { rollback, blindIssue, evidence, dryRun: settings.dryRun });
  const exitCode = exitCodeOf(result.decision);
  return {
    status: "checked",
    reason: due.reason,
    deployment,
    result,
    blind,
    rollback,
    blindIssue,
    report,
    exitCode
  };
}
function idle(reason, deployment) {
  return { status: "idle", reason, deployment, report: idleReport(reason, deployment), exitCode: ExitCode.ok };
}
async function readHistory(deps, deployment) {
  try {
    return await deps.log.history(deployment);
  } catch (error) {
    deps.logger?.warning(`could not read the monitor's past runs: ${describeError(error)}`);
    return [];
  }
}
async function writeRecord(deps, deployment, record) {
  try {
    await deps.log.record(deployment, record);
  } catch (error) {
    deps.logger?.warning(
      `could not record this run on deployment ${deployment.id} (the blind rule and the WebSocket history need it; grant deployments: write): ${describeError(error)}`
    );
  }
}

// src/monitor/deployments.ts
function pullRequestOf(payload) {
  const value = payload?.pullRequest ?? payload?.pull_request;
  const number = typeof value === "object" && value !== null ? value.number : value;
  return typeof number === "number" && Number.isInteger(number) && number > 0 ? number : void 0;
}
function branchOf(ref) {
  if (/^[0-9a-f]{40}$/i.test(ref) || ref.startsWith("refs/tags/")) return void 0;
  return ref.replace(/^refs\/heads\//, "");
}
function watchedFrom(deployment, statuses) {
  const own = statuses.filter((s) => !isRunLog(s.description));
  const latest = own[0];
  if (latest === void 0)
    return { reason: `deployment ${deployment.id} has no status yet (still deploying?)` };
  if (latest.state !== "success") {
    return {
      reason: `the latest deployment (${deployment.id}, ${deployment.sha.slice(0, 12)}) is ${latest.state}`
    };
  }
  const live = own.filter((s) => s.state === "success").at(-1);
  const watched = {
    id: deployment.id,
    sha: deployment.sha,
    deployedAt: Date.parse(live.createdAt),
    environment: deployment.environment,
    ref: branchOf(deployment.ref),
    pullRequest: pullRequestOf(deployment.payload),
    url: latest.environmentUrl || live.environmentUrl || void 0
  };
  return { deployment: watched };
}
var ForgeDeployments = class {
  /**
   * @param recent how to list deployments; by default the forge's `listDeployments` (which reads
   *   every page; the GitHub setup passes a one-page query instead)
   */
  constructor(forge, recent = (environment) => forge.listDeployments({ environment })) {
    this.forge = forge;
    this.recent = recent;
  }
  forge;
  recent;
  async latest(environment) {
    const [newest] = await this.recent(environment);
    if (newest === void 0) return { reason: `no deployment to ${environment} yet` };
    return watchedFrom(newest, await this.forge.listDeploymentStatuses(newest.id));
  }
};
var DeploymentStatusLog = class {
  constructor(forge, logUrl) {
    this.forge = forge;
    this.logUrl = logUrl;
  }
  forge;
  logUrl;
  async history(deployment) {
    const statuses = await this.forge.listDeploymentStatuses(deployment.id);
    return [...statuses].sort((a, b) => a.id - b.id).map((s) => decodeRun(s.description, deployment.deployedAt)).filter((r) => r !== void 0).sort((a, b) => a.at - b.at);
  }
  async record(deployment, run) {
    await this.forge.createDeploymentStatus(deployment.id, {
      state: "success",
      description: encodeRun(run, deployment.deployedAt),
      // Without it, the environment would lose its URL in GitHub's UI: the latest status sets it.
      environmentUrl: deployment.url,
      logUrl: this.logUrl
    });
  }
};

// src/monitor/rollback-port.ts
function blindMarker(sha) {
  return `<!-- launchgate:monitor-blind sha=${sha} -->`;
}
function blindBody(deployment, blind) {
  const rows = blind.signals.map((s) => `| ${s.signal} | ${s.cause} | ${s.runs} |`);
  return [
    blindMarker(deployment.sha),
    `## The monitor cannot see ${deployment.environment} (\`${deployment.sha.slice(0, 12)}\`)`,
    "",
    "These signals had no usable data in each of the last runs. The monitor never rolls back on",
    "missing data; a person should check the source (a revoked or missing token, a renamed Sentry",
    "release, a quota, a health URL that moved) before trusting the silence.",
    "",
    "| signal | cause | runs in a row |",
    "| --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}
var ForgeRollbackPort = class {
  constructor(forge, options) {
    this.forge = forge;
    this.options = options;
  }
  forge;
  options;
  rollback(deployment, reason, evidenceMarkdown2, options) {
    return openRollback(this.forge, {
      sha: deployment.sha,
      environment: deployment.environment,
      reason,
      evidenceMarkdown: evidenceMarkdown2,
      dryRun: options.dryRun,
      deploymentId: deployment.id,
      base: deployment.ref ?? this.options.base,
      pullRequest: deployment.pullRequest,
      git: this.options.git,
      labels: this.options.labels
    });
  }
  async reportBlind(deployment, blind, options) {
    const label2 = this.options.labels.blind;
    const marker = blindMarker(deployment.sha);
    const mine = (issues) => issues.filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number);
    const [open] = mine(await this.forge.findIssues({ labels: [label2], state: "open" }));
    const body = blindBody(deployment, blind);
    if (open) {
      if (options.dryRun) return { outcome: "would-update", number: open.number, url: open.url };
      if (open.body === body) return { outcome: "unchanged", number: open.number, url: open.url };
      const updated = await this.forge.updateIssue(open.number, { body });
      return { outcome: "updated", number: updated.number, url: updated.url };
    }
    if (options.dryRun) return { outcome: "would-create" };
    const title2 = `Monitor is blind on ${deployment.environment} (${deployment.sha.slice(0, 12)})`;
    await this.forge.ensureLabel(label2, "fbca04", "launchgate: the monitor has no data");
    const created = await this.forge.createIssue({ title: title2, body, labels: [label2] });
    const [keep, ...extra] = mine(await this.forge.findIssues({ labels: [label2], state: "open" }));
    for (const issue of extra) await this.forge.updateIssue(issue.number, { state: "closed" });
    const kept = keep ?? created;
    return {
      outcome: kept.number === created.number ? "created" : "unchanged",
      number: kept.number,
      url: kept.url
    };
  }
};

// src/probes/many.ts
var MAX_PROBES = 50;
async function probeMany(n, probe, options = {}) {
  const count2 = Math.min(Math.max(Math.floor(n), 0), MAX_PROBES);
  const spacingMs = options.spacingMs ?? 200;
  const runs = Array.from({ length: count2 }, (_v, i) => delay(i * spacingMs).then(() => probe(i)));
  return Promise.all(runs);
}
function delay(ms) {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

// src/monitor/sources/probes.ts
import { setTimeout as delay2 } from "node:timers/promises";
function sameRelease(reported, sha) {
  const a = reported.trim().toLowerCase();
  const b = sha.toLowerCase();
  return a.length >= 7 && (b.startsWith(a) || a.startsWith(b));
}
function healthSample(probe, sha, at) {
  if (probe.releaseId !== void 0 && /^[0-9a-f]{7,40}$/i.test(probe.releaseId) && !sameRelease(probe.releaseId, sha)) {
    const message = `the health endpoint reports release ${probe.releaseId}, not the deployed ${sha.slice(0, 12)}`;
    return { signal: "health", at, error: { message } };
  }
  const sample = {
    signal: "health",
    at,
    ok: probe.ok,
    latencyMs: probe.latencyMs,
    checks: probe.checks
  };
  if (probe.status !== void 0) sample.status = probe.status;
  return sample;
}
var HealthSource = class {
  constructor(options) {
    this.options = options;
  }
  options;
  source = "health";
  async read(deployment, now) {
    const { url, timeoutMs, headers } = this.options;
    const burst = (timeout) => probeMany(this.options.probes, () => probeHealth(url, { timeoutMs: timeout, headers }), {
      spacingMs: this.options.spacingMs
    });
    const samples = (await burst(timeoutMs)).map((p) => healthSample(p, deployment.sha, now));
    const probes = samples.filter((s) => s.signal === "health" && !("error" in s));
    if (!awaitsSecondBurst(probes, this.options.required ?? 3)) return { samples };
    await delay2(this.options.confirmAfterMs ?? 1e3);
    const second = (await burst(timeoutMs * 2)).map((p) => healthSample(p, deployment.sha, now));
    return { samples: [...samples, ...second.map((s) => "error" in s ? s : { ...s, burst: 1 })] };
  }
};
var WebSocketSource = class {
  constructor(options) {
    this.options = options;
  }
  options;
  source = "websocket";
  async read(_deployment, now) {
    const { url, timeoutMs, headers, message } = this.options;
    const probes = await probeMany(
      this.options.probes,
      () => probeWebSocket(url, { timeoutMs, headers, message: message ?? { type: "ping" } }),
      { spacingMs: this.options.spacingMs ?? 100 }
    );
    const failures = probes.filter((p) => !p.ok).length;
    const errors = [...new Set(probes.flatMap((p) => p.error ? [p.error] : []))];
    return {
      samples: [
        { signal: "websocket", at: now, end: now, complete: true, attempts: probes.length, failures }
      ],
      evidence: errors.slice(0, 3).map((e) => ({ title: "WebSocket probe failed", detail: e }))
    };
  }
};

// src/monitor/sources/sentry.ts
var MINUTE3 = 6e4;
var HTTP_AXES = {
  count: "count()",
  failureRate: "failure_rate()",
  p95: "p95(span.duration)"
};
function sourceFailure(signal, at, error) {
  const status = error instanceof ApiError ? error.status : void 0;
  return { signal, at, error: { ...status === void 0 ? {} : { status }, message: describeError(error) } };
}
function httpBuckets(axes, intervalMs) {
  const counts = axes[HTTP_AXES.count] ?? [];
  const rates = new Map((axes[HTTP_AXES.failureRate] ?? []).map((b) => [b.startMs, b]));
  const p95s = new Map((axes[HTTP_AXES.p95] ?? []).map((b) => [b.startMs, b]));
  return counts.map((bucket2) => {
    const requests = Math.max(0, Math.round(bucket2.value ?? 0));
    const rate = rates.get(bucket2.startMs);
    const p95 = p95s.get(bucket2.startMs)?.value;
    const complete = !bucket2.incomplete && rate?.incomplete !== true;
    const sample = {
      signal: "http",
      at: bucket2.startMs,
      end: bucket2.startMs + intervalMs,
      complete,
      requests,
      errors: Math.min(requests, Math.round((rate?.value ?? 0) * requests))
    };
    if (p95 !== null && p95 !== void 0 && requests > 0) sample.p95Ms = p95;
    return sample;
  });
}
var SentrySource = class {
  constructor(client, options = {}) {
    this.client = client;
    this.options = options;
    this.intervalMs = (options.intervalMinutes ?? 5) * MINUTE3;
  }
  client;
  options;
  source = "http";
  intervalMs;
  async read(deployment, now) {
    const release = (this.options.release ?? ((sha) => sha))(deployment.sha);
    const [samples, evidence] = await Promise.all([
      this.buckets(release, deployment.deployedAt, now),
      this.newIssues(release, deployment.deployedAt, now)
    ]);
    return { samples, evidence: [...this.releaseLink(release), ...evidence] };
  }
  async buckets(release, deployedAt, now) {
    const start = Math.floor(deployedAt / this.intervalMs) * this.intervalMs;
    try {
      const series = await this.client.eventsTimeseries({
        dataset: "spans",
        yAxis: Object.values(HTTP_AXES),
        query: `release:${release} is_transaction:true`,
        interval: this.intervalMs / 1e3,
        start: new Date(start),
        end: new Date(now),
        environment: this.options.environment
      });
      return httpBuckets(series.byYAxis, this.intervalMs);
    } catch (error) {
      return [sourceFailure("http", now, error)];
    }
  }
  /** Issues first seen in the release: not a trigger on their own, but the first thing to read. */
  async newIssues(release, deployedAt, now) {
    try {
      const issues = await this.client.listIssues({
        query: `is:unresolved firstRelease:${release}`,
        start: new Date(deployedAt),
        end: new Date(now),
        environment: this.options.environment,
        sort: "new",
        limit: 25,
        maxPages: 1
      });
      return issues.map((issue) => ({
        title: `Sentry ${issue.shortId}: ${issue.title}`,
        url: issue.permalink,
        detail: `${issue.level}, ${issue.count} events, first seen ${issue.firstSeen ?? "?"}`
      }));
    } catch (error) {
      return [{ title: "New Sentry issues could not be read", detail: describeError(error) }];
    }
  }
  releaseLink(release) {
    const links = this.options.links;
    if (!links) return [];
    const url = `${links.baseUrl.replace(/\/+$/, "")}/organizations/${encodeURIComponent(links.org)}/releases/${encodeURIComponent(release)}/`;
    return [{ title: `Sentry release ${release}`, url }];
  }
};

// src/monitor/sources/security.ts
var PER_PAGE = 100;
var SecurityAlertSource = class {
  constructor(octokit, repo, options) {
    this.octokit = octokit;
    this.repo = repo;
    this.options = options;
  }
  octokit;
  repo;
  options;
  source = "security-alert";
  async read(deployment, now) {
    try {
      const lists = await Promise.all([
        this.options.dependabot ? this.dependabot(deployment.deployedAt) : [],
        this.options.codeScanning ? this.codeScanning(deployment.deployedAt) : []
      ]);
      return { samples: lists.flat() };
    } catch (error) {
      return { samples: [sourceFailure("security-alert", now, error)] };
    }
  }
  /** Open critical Dependabot alerts, newest first, read until one predates the deploy. */
  async dependabot(since) {
    const params = {
      owner: this.repo.owner,
      repo: this.repo.repo,
      state: "open",
      severity: "critical",
      sort: "created",
      direction: "desc",
      per_page: PER_PAGE
    };
    const path = `GET /repos/${this.repo.owner}/${this.repo.repo}/dependabot/alerts`;
    return callGitHub(
      path,
      () => this.octokit.paginate(this.octokit.rest.dependabot.listAlertsForRepo, params, (response, done) => {
        const fresh = response.data.filter((a) => Date.parse(a.created_at) >= since);
        if (fresh.length < response.data.length) done();
        return fresh.map((a) => ({
          signal: "security-alert",
          at: Date.parse(a.created_at),
          severity: a.security_advisory.severity,
          summary: `Dependabot #${a.number}: ${a.security_advisory.summary} (${a.security_vulnerability.package.name})`,
          url: a.html_url
        }));
      })
    );
  }
  /** Open code scanning alerts of critical security severity opened since the deploy. */
  async codeScanning(since) {
    const params = {
      owner: this.repo.owner,
      repo: this.repo.repo,
      state: "open",
      sort: "created",
      direction: "desc",
      per_page: PER_PAGE
    };
    const path = `GET /repos/${this.repo.owner}/${this.repo.repo}/code-scanning/alerts`;
    return callGitHub(
      path,
      () => this.octokit.paginate(this.octokit.rest.codeScanning.listAlertsForRepo, params, (response, done) => {
        const fresh = response.data.filter((a) => Date.parse(a.created_at) >= since);
        if (fresh.length < response.data.length) done();
        return fresh.filter((a) => a.rule.security_severity_level === "critical").map((a) => ({
          signal: "security-alert",
          at: Date.parse(a.created_at),
          severity: "critical",
          summary: `code scanning #${a.number}: ${a.rule.description ?? a.rule.name ?? "alert"}`,
          url: a.html_url
        }));
      })
    );
  }
};

// src/monitor/setup.ts
var MONITOR_SCHEDULE = "3-58/5 * * * *";
function signalSources(setup) {
  const { config } = setup;
  const sources = [];
  if (config.sentry) {
    const s = config.sentry;
    if (!setup.sentry) throw new Error("monitor.sentry is configured but the run has no Sentry connection");
    const client = setup.sentry({ baseUrl: s.url, org: s.org, project: s.project });
    sources.push(
      new SentrySource(client, {
        intervalMinutes: s["interval-minutes"],
        environment: s.environment ?? config.environment,
        release: (sha) => s.release.replaceAll("{sha}", sha),
        links: { baseUrl: s.url, org: s.org }
      })
    );
  }
  if (config.health) {
    const h = config.health;
    const required = thresholdsFromConfig(config).healthProbes;
    sources.push(new HealthSource({ url: h.url, probes: h.probes, timeoutMs: h["timeout-ms"], required }));
  }
  if (config.websocket) {
    const w = config.websocket;
    sources.push(
      new WebSocketSource({ url: w.url, probes: w.probes, timeoutMs: w["timeout-ms"], message: w.message })
    );
  }
  const alerts = config["security-alerts"];
  if (setup.github && (alerts.dependabot || alerts["code-scanning"])) {
    const options = { dependabot: alerts.dependabot, codeScanning: alerts["code-scanning"] };
    sources.push(new SecurityAlertSource(setup.github.octokit, setup.github.repo, options));
  }
  return sources;
}
function recentOnGitHub(github) {
  return async (environment) => {
    const { owner, repo } = github.repo;
    const { data } = await callGitHub(
      `GET /repos/${owner}/${repo}/deployments`,
      () => github.octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 10 })
    );
    return data.map(toDeployment);
  };
}
function liveMonitorDeps(setup) {
  const { config } = setup;
  const writer = setup.writeForge ?? setup.forge;
  const sources = signalSources(setup);
  if (sources.length === 0) {
    throw new ConfigurationError(
      "the monitor has nothing to watch: configure monitor.sentry, monitor.health or monitor.websocket in .github/launchgate.yml (security alerts are read on GitHub only)",
      { key: "monitor" }
    );
  }
  return {
    deployments: new ForgeDeployments(setup.forge, setup.github ? recentOnGitHub(setup.github) : void 0),
    sources,
    log: new DeploymentStatusLog(writer, setup.logUrl),
    actions: new ForgeRollbackPort(writer, {
      labels: config.labels,
      base: config["base-branch"],
      git: setup.git
    }),
    clock: setup.clock,
    logger: setup.logger
  };
}
function liveMonitorSettings(config, flags) {
  return {
    environment: flags.environment ?? config.environment,
    cadence: cadenceFromConfig(config),
    thresholds: thresholdsFromConfig(config),
    blindAfterRuns: config["blind-after-runs"],
    dryRun: flags.dryRun === true || config["dry-run"],
    force: flags.force,
    charts: flags.charts
  };
}

export {
  decide,
  thresholdsFromConfig,
  judgeReplay,
  blindStatus,
  checkDue,
  runLiveMonitor,
  MONITOR_SCHEDULE,
  liveMonitorDeps,
  liveMonitorSettings
};

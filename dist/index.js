import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-B5LLCU6V.js";
import {
  BLIND_CAUSES,
  decide,
  filterReport,
  render
} from "./chunk-W75AUNWG.js";
import {
  runConsolidation
} from "./chunk-6SJNCHJ2.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts,
  runDeploy
} from "./chunk-IOLOGB57.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  CasesFileError,
  ToolFileError,
  ToolPrefilter,
  benchmarkReport,
  compareBenchmarks,
  detectFormat,
  gatesFromConfig,
  optionsFromConfig,
  parseCases,
  parseToolFile,
  readTools,
  runBenchmark,
  tokenCounting,
  toolTokens
} from "./chunk-D2M37Y56.js";
import "./chunk-KXIHQP2Y.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-W4HHRCAZ.js";
import "./chunk-C7LVYL43.js";
import "./chunk-3255CPEB.js";
import "./chunk-TY5RRUEQ.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  ApiError,
  ConfigFileError,
  ConfigurationError,
  ExitCode,
  LaunchgateError,
  MissingSecretError,
  UsageError,
  UserError,
  configJsonSchema,
  describeError,
  exitCodeFor,
  loadConfig,
  parseConfig
} from "./chunk-3NXWM2HP.js";
import "./chunk-2ORNAKAZ.js";

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

// src/monitor/blind.ts
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
export {
  ARTIFACT_FORMAT,
  ApiError,
  CasesFileError,
  ConfigFileError,
  ConfigurationError,
  ExitCode,
  LaunchgateError,
  MissingSecretError,
  ToolFileError,
  ToolPrefilter,
  UsageError,
  UserError,
  benchmarkReport,
  blindStatus,
  checkDue,
  collectReview,
  compareBenchmarks,
  configJsonSchema,
  decide,
  deployReport,
  describeError,
  detectFormat,
  exitCodeFor,
  filterReport,
  gatesFromConfig,
  githubDeployPorts,
  judgeReview,
  loadConfig,
  localDeployPorts,
  mergeArtifacts,
  optionsFromConfig,
  parseCases,
  parseConfig,
  parseToolFile,
  readArtifacts,
  readTools,
  readWaivers,
  render,
  reviewFindingSchema,
  runBenchmark,
  runConsolidation,
  runDeploy,
  runReview,
  toArtifact,
  tokenCounting,
  toolTokens,
  writeArtifact
};

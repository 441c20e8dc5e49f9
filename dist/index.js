import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  filterReport
} from "./chunk-T2LXUNKP.js";
import {
  runConsolidation
} from "./chunk-JQAJSUAR.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts,
  runDeploy
} from "./chunk-CDBQ2JF3.js";
import "./chunk-LPSGL7S4.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-7B3GXDBR.js";
import {
  gitAuth,
  openRollback
} from "./chunk-66MILWF3.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  compareBenchmarks
} from "./chunk-3N6LUXIN.js";
import {
  CasesFileError,
  ToolFileError,
  ToolPrefilter,
  benchmarkReport,
  detectFormat,
  gatesFromConfig,
  optionsFromConfig,
  parseCases,
  parseToolFile,
  readTools,
  runBenchmark,
  tokenCounting,
  toolTokens
} from "./chunk-Y7PN6B6S.js";
import "./chunk-X3IRMFFO.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-JGWUPJF5.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-SMZTHJQA.js";
import "./chunk-SH2CIPOC.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-LXNBUZOG.js";
import "./chunk-I4J3WOZZ.js";
import {
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-3MIT2CS6.js";
import "./chunk-53R77K2Y.js";
import {
  render
} from "./chunk-6Z5RWAOE.js";
import "./chunk-NKDQ4OWV.js";
import {
  ApiError,
  ConfigurationError,
  ExitCode,
  LaunchgateError,
  MissingSecretError,
  UsageError,
  UserError,
  describeError,
  exitCodeFor
} from "./chunk-NSHCIFOV.js";
import "./chunk-2ORNAKAZ.js";
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
  gitAuth,
  githubDeployPorts,
  judgeReview,
  liveMonitorDeps,
  liveMonitorSettings,
  loadConfig,
  localDeployPorts,
  mergeArtifacts,
  openRollback,
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
  runLiveMonitor,
  runReview,
  toArtifact,
  tokenCounting,
  toolTokens,
  writeArtifact
};

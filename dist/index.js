import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  filterReport
} from "./chunk-T2LXUNKP.js";
import {
  runConsolidation
} from "./chunk-4NTK4KG7.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts,
  runDeploy
} from "./chunk-OT2NTNIW.js";
import "./chunk-T3EKMBTH.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-YD2ZPFNN.js";
import {
  gitAuth,
  openRollback
} from "./chunk-OMLZ5HJL.js";
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
} from "./chunk-ACEBXIFN.js";
import "./chunk-X3IRMFFO.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-N2RNQ76E.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-FGMZZUPB.js";
import "./chunk-SH2CIPOC.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-FZSCJ55W.js";
import "./chunk-4WZHATC4.js";
import {
  render
} from "./chunk-5ZX32KCI.js";
import "./chunk-XRWNDKWT.js";
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
} from "./chunk-IM55PDNG.js";
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

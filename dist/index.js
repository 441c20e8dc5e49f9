import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  filterReport,
  learnAssociations
} from "./chunk-265Q4KXA.js";
import {
  runConsolidation
} from "./chunk-F6DTBWAC.js";
import "./chunk-GZB6QI2C.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts
} from "./chunk-XL3SEQ33.js";
import {
  runDeploy
} from "./chunk-OUAF3EUD.js";
import "./chunk-YO6K4XAL.js";
import "./chunk-OBHO2VVF.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-4G7FKP5V.js";
import {
  gitAuth,
  openRollback
} from "./chunk-FDWDRIYW.js";
import "./chunk-SMRFUBUP.js";
import {
  compareBenchmarks
} from "./chunk-3N6LUXIN.js";
import {
  ANTHROPIC_TOOL_SEARCH,
  CasesFileError,
  FIND_TOOLS,
  anthropicRequestTools,
  benchmarkReport,
  findTools,
  findToolsDefinition,
  openAiRequestTools,
  parseCases,
  runBenchmark
} from "./chunk-B2BZPZ4I.js";
import {
  ToolPrefilter,
  gatesFromConfig,
  optionsFromConfig,
  tokenCounting,
  toolTokens,
  withAssociations
} from "./chunk-QHCO5MGX.js";
import {
  ToolFileError,
  detectFormat,
  parseToolFile,
  readTools
} from "./chunk-LQK2RHCK.js";
import "./chunk-X3IRMFFO.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-BKO4ARWW.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-KHBSN6DH.js";
import "./chunk-G42EZYCT.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-F5ZPOXNC.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-HANSU7W3.js";
import "./chunk-4QBOIYAC.js";
import {
  render
} from "./chunk-EPCXX2CZ.js";
import "./chunk-DSZSYT46.js";
import {
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-TCTUFUHS.js";
import {
  ApiError,
  ConfigurationError,
  ExitCode,
  InputFileError,
  LaunchgateError,
  MissingSecretError,
  NetworkError,
  UsageError,
  UserError,
  classifyError,
  describeError,
  exitCodeFor,
  isOutage,
  networkHint
} from "./chunk-HYPTKSEW.js";
import "./chunk-2ORNAKAZ.js";
export {
  ANTHROPIC_TOOL_SEARCH,
  ARTIFACT_FORMAT,
  ApiError,
  CasesFileError,
  ConfigFileError,
  ConfigurationError,
  ExitCode,
  FIND_TOOLS,
  InputFileError,
  LaunchgateError,
  MissingSecretError,
  NetworkError,
  ToolFileError,
  ToolPrefilter,
  UsageError,
  UserError,
  anthropicRequestTools,
  benchmarkReport,
  blindStatus,
  checkDue,
  classifyError,
  collectReview,
  compareBenchmarks,
  configJsonSchema,
  decide,
  deployReport,
  describeError,
  detectFormat,
  exitCodeFor,
  filterReport,
  findTools,
  findToolsDefinition,
  gatesFromConfig,
  gitAuth,
  githubDeployPorts,
  isOutage,
  judgeReview,
  learnAssociations,
  liveMonitorDeps,
  liveMonitorSettings,
  loadConfig,
  localDeployPorts,
  mergeArtifacts,
  networkHint,
  openAiRequestTools,
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
  withAssociations,
  writeArtifact
};

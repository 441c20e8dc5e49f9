import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  filterReport
} from "./chunk-SF3SMJMB.js";
import {
  runConsolidation
} from "./chunk-LJAR54H3.js";
import "./chunk-B5JBEF5E.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts
} from "./chunk-Y2LWM5X2.js";
import {
  runDeploy
} from "./chunk-WTFZHDIL.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-N6NJVHM2.js";
import {
  gitAuth,
  openRollback
} from "./chunk-3I4ZS26T.js";
import "./chunk-ZBQHP2DW.js";
import {
  learnAssociations
} from "./chunk-MXIPMNLT.js";
import {
  ANTHROPIC_TOOL_SEARCH,
  CasesFileError,
  FIND_TOOLS,
  anthropicRequestTools,
  benchmarkReport,
  compareBenchmarks,
  findTools,
  findToolsDefinition,
  openAiRequestTools,
  parseCases,
  runBenchmark
} from "./chunk-6GQHSIZC.js";
import {
  ToolFileError,
  ToolPrefilter,
  detectFormat,
  gatesFromConfig,
  optionsFromConfig,
  parseToolFile,
  readTools,
  tokenCounting,
  toolTokens,
  withAssociations
} from "./chunk-WP4GETIQ.js";
import "./chunk-X3IRMFFO.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-RFCO3VEU.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-7BHMM5HP.js";
import "./chunk-BDON2V6E.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-ZXZXPSFL.js";
import "./chunk-3YHOWPRC.js";
import {
  render
} from "./chunk-BHVC3RVF.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import {
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-JV5E3EH5.js";
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
} from "./chunk-KA2W5GDI.js";
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

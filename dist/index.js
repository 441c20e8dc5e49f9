import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  EmbeddingCache,
  SemanticIndex,
  filterReport,
  filterWithEmbeddings,
  toolEmbeddingText
} from "./chunk-F6MTGRYS.js";
import {
  cacheDirOf,
  runConsolidation
} from "./chunk-VWJZTORK.js";
import "./chunk-H3HKTRRS.js";
import "./chunk-DPPD5FIM.js";
import {
  deployFromRuntime
} from "./chunk-ONDUXFVD.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts,
  runDeploy
} from "./chunk-3SU2CL7W.js";
import "./chunk-YIBJJH5B.js";
import "./chunk-7YKWWXRC.js";
import "./chunk-SAYTKASY.js";
import {
  monitorRequest,
  runMonitor
} from "./chunk-KAIBYGF6.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-SNLX56KK.js";
import {
  gitAuth,
  openRollback
} from "./chunk-KPNDZGYK.js";
import "./chunk-3FP6HW4Y.js";
import {
  ANTHROPIC_TOOL_SEARCH,
  CasesFileError,
  FIND_TOOLS,
  anthropicRequestTools,
  benchmarkReport,
  compareBenchmarks,
  findTools,
  findToolsDefinition,
  learnAssociations,
  openAiRequestTools,
  parseCases,
  runBenchmark
} from "./chunk-43FGFROV.js";
import {
  ToolFileError,
  ToolPrefilter,
  builtInVectors,
  detectFormat,
  parseToolFile,
  readTools,
  tokenCounting,
  toolTokens
} from "./chunk-CLW7FOZR.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-X3IRMFFO.js";
import {
  aggregateReview
} from "./chunk-36LFCCZ7.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-AZVEL3SJ.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-DEWBUOPC.js";
import "./chunk-QHXWOCZB.js";
import "./chunk-BJE3TUIT.js";
import "./chunk-JC6K2LR6.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-TQIISSPJ.js";
import {
  createRuntime
} from "./chunk-7LINYY5G.js";
import "./chunk-FK6VXFIS.js";
import "./chunk-SPUF24IV.js";
import "./chunk-3YHOWPRC.js";
import {
  EmbeddingsResponseError,
  embeddingsFromConfig,
  gatesFromConfig,
  openAiEmbeddings,
  optionsFromConfig,
  withAssociations
} from "./chunk-XVBKFZHQ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  render
} from "./chunk-NNVLBUGM.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import {
  CAPABILITIES,
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-XEJXVRDQ.js";
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
} from "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";
export {
  ANTHROPIC_TOOL_SEARCH,
  ARTIFACT_FORMAT,
  ApiError,
  CAPABILITIES,
  CasesFileError,
  ConfigFileError,
  ConfigurationError,
  EmbeddingCache,
  EmbeddingsResponseError,
  ExitCode,
  FIND_TOOLS,
  InputFileError,
  LaunchgateError,
  MissingSecretError,
  NetworkError,
  SemanticIndex,
  ToolFileError,
  ToolPrefilter,
  UsageError,
  UserError,
  aggregateReview,
  anthropicRequestTools,
  benchmarkReport,
  blindStatus,
  builtInVectors,
  cacheDirOf,
  checkDue,
  classifyError,
  collectReview,
  compareBenchmarks,
  configJsonSchema,
  createRuntime,
  decide,
  deployFromRuntime,
  deployReport,
  describeError,
  detectFormat,
  embeddingsFromConfig,
  exitCodeFor,
  filterReport,
  filterWithEmbeddings,
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
  monitorRequest,
  networkHint,
  openAiEmbeddings,
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
  runMonitor,
  runReview,
  toArtifact,
  tokenCounting,
  toolEmbeddingText,
  toolTokens,
  withAssociations,
  writeArtifact
};

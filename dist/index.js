import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  EmbeddingCache,
  SemanticIndex,
  chainRedactors,
  filterReport,
  filterWithEmbeddings,
  redactPersonalData,
  toolEmbeddingText
} from "./chunk-RJSXESWB.js";
import {
  cacheDirOf,
  runConsolidation
} from "./chunk-TFA5MGF4.js";
import "./chunk-H3HKTRRS.js";
import "./chunk-DPPD5FIM.js";
import {
  deployFromRuntime
} from "./chunk-24G6SNQV.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts,
  runDeploy
} from "./chunk-ZDN5SZLX.js";
import "./chunk-AIDALU4X.js";
import "./chunk-SAYTKASY.js";
import {
  monitorRequest,
  runMonitor
} from "./chunk-NFUVEYAQ.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-KBPYUNKH.js";
import {
  gitAuth,
  openRollback
} from "./chunk-KFOWIEU3.js";
import "./chunk-3FP6HW4Y.js";
import {
  ANTHROPIC_TOOL_SEARCH,
  CasesFileError,
  DEFAULT_TOLERANCE,
  FIND_TOOLS,
  anthropicRequestTools,
  benchmarkReport,
  benchmarkSources,
  caseOutcome,
  casesFromLog,
  compareBenchmarks,
  findTools,
  findToolsDefinition,
  learnAssociations,
  openAiRequestTools,
  parseAssociations,
  parseCases,
  parseLog,
  quantile,
  requestShapeTokens,
  runBenchmark,
  summarise
} from "./chunk-LJRXHF4M.js";
import {
  EmbeddingsResponseError,
  TOKENIZER,
  ToolFileError,
  ToolPrefilter,
  builtInVectors,
  coreShare,
  decodeTable,
  detectFormat,
  embeddingsFromConfig,
  formatOfAll,
  gatesFromConfig,
  impossibleGate,
  missingCoreTools,
  openAiEmbeddings,
  optionsFromConfig,
  parseToolFile,
  readTool,
  readTools,
  serialiseTool,
  suggestedGate,
  tableVectors,
  tokenCounting,
  toolTokens,
  withAssociations
} from "./chunk-XRUDJIW6.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-X3IRMFFO.js";
import {
  aggregateReview
} from "./chunk-EL2FCQYR.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-UFQNFPOO.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-6PSE7MXR.js";
import "./chunk-VFVGEBWQ.js";
import "./chunk-BJE3TUIT.js";
import "./chunk-JC6K2LR6.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-TQIISSPJ.js";
import {
  createRuntime
} from "./chunk-VRSREF4W.js";
import "./chunk-Q4ZFXHJ7.js";
import "./chunk-SPUF24IV.js";
import "./chunk-3YHOWPRC.js";
import {
  render
} from "./chunk-37G4TMVK.js";
import "./chunk-EAUYJHNS.js";
import "./chunk-X3BO67NU.js";
import {
  CAPABILITIES,
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-T6THEVB5.js";
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
  DEFAULT_TOLERANCE,
  EmbeddingCache,
  EmbeddingsResponseError,
  ExitCode,
  FIND_TOOLS,
  InputFileError,
  LaunchgateError,
  MissingSecretError,
  NetworkError,
  SemanticIndex,
  TOKENIZER,
  ToolFileError,
  ToolPrefilter,
  UsageError,
  UserError,
  aggregateReview,
  anthropicRequestTools,
  benchmarkReport,
  benchmarkSources,
  blindStatus,
  builtInVectors,
  cacheDirOf,
  caseOutcome,
  casesFromLog,
  chainRedactors,
  checkDue,
  classifyError,
  collectReview,
  compareBenchmarks,
  configJsonSchema,
  coreShare,
  createRuntime,
  decide,
  decodeTable,
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
  formatOfAll,
  gatesFromConfig,
  gitAuth,
  githubDeployPorts,
  impossibleGate,
  isOutage,
  judgeReview,
  learnAssociations,
  liveMonitorDeps,
  liveMonitorSettings,
  loadConfig,
  localDeployPorts,
  mergeArtifacts,
  missingCoreTools,
  monitorRequest,
  networkHint,
  openAiEmbeddings,
  openAiRequestTools,
  openRollback,
  optionsFromConfig,
  parseAssociations,
  parseCases,
  parseConfig,
  parseLog,
  parseToolFile,
  quantile,
  readArtifacts,
  readTool,
  readTools,
  readWaivers,
  redactPersonalData,
  render,
  requestShapeTokens,
  reviewFindingSchema,
  runBenchmark,
  runConsolidation,
  runDeploy,
  runLiveMonitor,
  runMonitor,
  runReview,
  serialiseTool,
  suggestedGate,
  summarise,
  tableVectors,
  toArtifact,
  tokenCounting,
  toolEmbeddingText,
  toolTokens,
  withAssociations,
  writeArtifact
};

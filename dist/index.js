import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  filterReport,
  learnAssociations
} from "./chunk-GB4HGAY3.js";
import {
  runConsolidation
} from "./chunk-6UVTTQ7H.js";
import "./chunk-B5JBEF5E.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts
} from "./chunk-ITF5E6B6.js";
import {
  runDeploy
} from "./chunk-QQ3CEN3U.js";
import "./chunk-SLU4F6YA.js";
import "./chunk-MGPC6M6L.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-P5B4PM6E.js";
import {
  gitAuth,
  openRollback
} from "./chunk-76LBPFTR.js";
import "./chunk-4YTG5KAX.js";
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
} from "./chunk-Z3DBXTF2.js";
import {
  ToolPrefilter,
  gatesFromConfig,
  optionsFromConfig,
  tokenCounting,
  toolTokens,
  withAssociations
} from "./chunk-3GGROXD5.js";
import {
  ToolFileError,
  detectFormat,
  parseToolFile,
  readTools
} from "./chunk-ZQE65B6M.js";
import "./chunk-X3IRMFFO.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-HWJVAYBP.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-LLGYEC6S.js";
import "./chunk-47UIQYE5.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import {
  render
} from "./chunk-U3ZWNE57.js";
import "./chunk-K7T24VU2.js";
import {
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-YOIBVPTW.js";
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

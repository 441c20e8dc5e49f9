import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  filterReport
} from "./chunk-YPSMOB2Y.js";
import {
  runConsolidation
} from "./chunk-P4JXSKTA.js";
import "./chunk-3EXFXDTH.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts
} from "./chunk-5RVDMCGU.js";
import {
  runDeploy
} from "./chunk-3O4TQSTH.js";
import "./chunk-GZWGUL5M.js";
import "./chunk-DC3JCGCL.js";
import {
  blindStatus,
  checkDue,
  decide,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-UYFANCLA.js";
import {
  gitAuth,
  openRollback
} from "./chunk-3QFNR3VO.js";
import "./chunk-VI4JOLYY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  compareBenchmarks
} from "./chunk-3N6LUXIN.js";
import {
  CasesFileError,
  benchmarkReport,
  parseCases,
  runBenchmark
} from "./chunk-T3UHIKF3.js";
import {
  ToolPrefilter,
  gatesFromConfig,
  optionsFromConfig,
  tokenCounting,
  toolTokens
} from "./chunk-R6G23PVB.js";
import {
  ToolFileError,
  detectFormat,
  parseToolFile,
  readTools
} from "./chunk-OSYDG5QL.js";
import "./chunk-X3IRMFFO.js";
import {
  ARTIFACT_FORMAT,
  mergeArtifacts,
  readArtifacts,
  toArtifact,
  writeArtifact
} from "./chunk-BPGWLRFV.js";
import {
  collectReview,
  judgeReview,
  readWaivers,
  reviewFindingSchema,
  runReview
} from "./chunk-ZR2EKK2R.js";
import "./chunk-SRF3YSSA.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-SU646FOL.js";
import "./chunk-MULV5GKG.js";
import {
  render
} from "./chunk-TG6EERQF.js";
import "./chunk-W25A755P.js";
import {
  ConfigFileError,
  configJsonSchema,
  loadConfig,
  parseConfig
} from "./chunk-UJINPOB7.js";
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
} from "./chunk-QRZZAVTQ.js";
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

/**
 * launchgate as a library: the config loader, the report model and renderers, and the typed
 * errors. Capabilities add their public API here (e.g. the tool prefilter for an app's backend).
 */
export { loadConfig, parseConfig, ConfigFileError, type LoadedConfig } from './config/load.js';
export { configJsonSchema, type LaunchgateConfig, type LaunchgateConfigInput } from './config/schema.js';
export { render } from './report/index.js';
export { runConsolidation, type ConsolidationOptions } from './consolidation/run.js';
export type { Finding, Format, Report, ReportSection, ReportTable, Severity } from './report/types.js';
export { ToolPrefilter, type PrefilterOptions, parseToolFile, ToolFileError, readTools, detectFormat, parseCases, CasesFileError, runBenchmark, benchmarkReport, compareBenchmarks, filterReport, toolTokens, tokenCounting, optionsFromConfig, gatesFromConfig, withAssociations, anthropicRequestTools, openAiRequestTools, findTools, findToolsDefinition, FIND_TOOLS, ANTHROPIC_TOOL_SEARCH, learnAssociations, type Associations, type WordVectors, type BenchmarkFigures, type PrefilterContext, type PrefilterResult, type KeptTool, type Tool, type ToolFormat, } from './prefilter/index.js';
export { runReview, type ReviewOptions, type ReviewOutcome } from './review/run.js';
export { reviewFindingSchema, type ReviewFinding } from './review/findings.js';
export { collectReview, judgeReview, readWaivers, type ReviewCollection } from './review/run.js';
export { mergeArtifacts, readArtifacts, toArtifact, writeArtifact, ARTIFACT_FORMAT, type ReviewArtifact, } from './review/artifact.js';
export { decide } from './monitor/decide.js';
export { checkDue } from './monitor/cadence.js';
export { blindStatus } from './monitor/blind.js';
export { runDeploy, type DeployDeps, type DeployRequest } from './deploy/run.js';
export { deployReport } from './deploy/report.js';
export { githubDeployPorts, localDeployPorts, type DeployPorts } from './deploy/forges.js';
export type { DeployOutcome, DeployResult } from './deploy/types.js';
export { runLiveMonitor, type LiveMonitorDeps, type LiveMonitorSettings, type LiveRun, } from './monitor/live.js';
export { liveMonitorDeps, liveMonitorSettings } from './monitor/setup.js';
export { openRollback, gitAuth, type RollbackRequest, type RollbackResult } from './rollback/index.js';
export * from './errors.js';

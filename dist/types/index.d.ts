/**
 * launchgate as a library: each capability's public API (the `library` module the registry in
 * src/capabilities.ts names; test/capabilities.test.ts holds this file to it), the report model
 * and renderers, the runtime both front ends use, and the typed errors.
 */
export { loadConfig, parseConfig, ConfigFileError, type LoadedConfig } from './config/load.js';
export { configJsonSchema, type LaunchgateConfig, type LaunchgateConfigInput } from './config/schema.js';
export * from './consolidation/run.js';
export { ToolPrefilter, type PrefilterOptions, type PrefilterSignals, parseToolFile, ToolFileError, readTools, detectFormat, parseCases, CasesFileError, runBenchmark, benchmarkReport, compareBenchmarks, filterReport, toolTokens, tokenCounting, optionsFromConfig, gatesFromConfig, withAssociations, anthropicRequestTools, openAiRequestTools, findTools, findToolsDefinition, FIND_TOOLS, ANTHROPIC_TOOL_SEARCH, learnAssociations, openAiEmbeddings, EmbeddingsResponseError, SemanticIndex, EmbeddingCache, filterWithEmbeddings, toolEmbeddingText, embeddingsFromConfig, builtInVectors, type EmbeddingsProvider, type OpenAiEmbeddingsOptions, type SemanticLog, type SemanticOptions, type EmbeddingsSetting, type DenseSignal, type Associations, type WordVectors, type BenchmarkFigures, type PrefilterContext, type PrefilterResult, type KeptTool, type Tool, type ToolFormat, } from './prefilter/index.js';
export * from './review/index.js';
export * from './deploy/index.js';
export * from './monitor/index.js';
export { render } from './report/index.js';
export type { Finding, Format, Report, ReportSection, ReportTable, Severity } from './report/types.js';
export { CAPABILITIES, type Capability } from './capabilities.js';
export { createRuntime, type Runtime, type RuntimeBase } from './runtime/runtime.js';
export type { Logger } from './ports/logger.js';
export * from './errors.js';

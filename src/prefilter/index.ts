/** The tool prefilter's public API, for an app's backend and for the CLI. */
export { ToolPrefilter, type PrefilterOptions, type PrefilterSignals } from './prefilter.js'
export { detectFormat, readTool, readTools, formatOfAll, type ToolProblem } from './formats.js'
export { parseToolFile, ToolFileError, type ToolFileProblem } from './tool-file.js'
export { parseCases, CasesFileError, type PrefilterCase, type CaseProblem } from './cases.js'
export { toolTokens, serialiseTool, tokenCounting, TOKENIZER, type Serialisation } from './tokens.js'
export {
  runBenchmark,
  benchmarkReport,
  type BenchmarkGates,
  type BenchmarkRun,
  type BenchmarkSources,
} from './bench.js'
export { caseOutcome, summarise, quantile, type BenchmarkFigures, type CaseOutcome } from './metrics.js'
export { benchmarkSources, type SourceText, type BenchmarkOfSources } from './benchmark-sources.js'
export { compareBenchmarks, DEFAULT_TOLERANCE, type RegressionTolerance } from './compare.js'
export { filterReport } from './filter-report.js'
export {
  optionsFromConfig,
  gatesFromConfig,
  withAssociations,
  embeddingsFromConfig,
  type EmbeddingsSetting,
} from './settings.js'
export {
  openAiEmbeddings,
  EmbeddingsResponseError,
  type EmbeddingsProvider,
  type OpenAiEmbeddingsOptions,
} from './embeddings.js'
export {
  SemanticIndex,
  EmbeddingCache,
  filterWithEmbeddings,
  toolEmbeddingText,
  type SemanticLog,
  type SemanticOptions,
} from './semantic.js'
export type { DenseSignal } from './dense.js'
export {
  learnAssociations,
  parseLog,
  parseAssociations,
  casesFromLog,
  type Associations,
  type LoggedTurn,
} from './learn.js'
export { redactPersonalData, chainRedactors, type Redactor } from './redact.js'
export {
  ANTHROPIC_TOOL_SEARCH,
  FIND_TOOLS,
  anthropicRequestTools,
  findTools,
  findToolsDefinition,
  openAiRequestTools,
  requestShapeTokens,
} from './safety-net.js'
export { coreShare, impossibleGate, suggestedGate, type CoreShare } from './gates.js'
export { missingCoreTools, type MissingCoreTool } from './core-tools.js'
export {
  builtInVectors,
  decodeTable,
  tableVectors,
  type TableModule,
  type WordVectors,
} from './word-vectors.js'
export type {
  ConversationTurn,
  KeepReason,
  KeptTool,
  PrefilterContext,
  PrefilterResult,
  TokenCounting,
  Tool,
  ToolFormat,
} from './types.js'

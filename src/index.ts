/**
 * launchgate as a library: the config loader, the report model and renderers, and the typed
 * errors. Capabilities add their public API here (e.g. the tool prefilter for an app's backend).
 */
export { loadConfig, parseConfig, ConfigFileError, type LoadedConfig } from './config/load.js'
export { configJsonSchema, type LaunchgateConfig, type LaunchgateConfigInput } from './config/schema.js'
export { render } from './report/index.js'
export type { Finding, Format, Report, ReportSection, ReportTable, Severity } from './report/types.js'
export * from './errors.js'

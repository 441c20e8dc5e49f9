import type { Report, Severity } from './types.js';
/** The analysing tool as SARIF's `tool.driver` describes it. */
export interface SarifTool {
    name: string;
    version: string;
    informationUri?: string;
    /** Rule metadata by rule id; rules that only appear in findings are listed too, described by their id. */
    rules?: Record<string, {
        description: string;
        helpUri?: string;
        tags?: string[];
    }>;
}
/** Key of the finding fingerprint in `partialFingerprints`; versioned as SARIF recommends. */
export declare const FINGERPRINT_KEY = "launchgate/v1";
/** The `$schema` GitHub's documentation and SARIF viewers use for 2.1.0. */
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
type SarifLevel = 'error' | 'warning' | 'note';
/** CRITICAL and HIGH fail a build, MEDIUM warns, LOW and INFO are notes. */
export declare function sarifLevel(severity: Severity): SarifLevel;
/** A file path as a relative URI reference: forward slashes, no leading `./` or `/`, segments encoded. */
export declare function artifactUri(file: string): string;
/** The SARIF log as an object, for callers that want to inspect or merge it before writing. */
export declare function sarifLog(report: Report, tool: SarifTool): Record<string, unknown>;
/** Renders a report as a SARIF 2.1.0 log; ends with a newline. */
export declare function renderSarif(report: Report, tool: SarifTool): string;
export {};

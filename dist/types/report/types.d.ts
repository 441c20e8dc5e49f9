/**
 * The one report model every capability produces and every renderer (text, markdown, JSON, SARIF,
 * annotations) consumes. Capabilities build it with pure functions; renderers never add facts.
 */
/** Severity in the launch plan's words; `CRITICAL` and `HIGH` are errors in SARIF and annotations. */
export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';
/** One problem at one place. Paths are relative to the scanned root, with forward slashes. */
export interface Finding {
    /** Stable rule id, e.g. `deprecated-import`, `missing-rls`. */
    rule: string;
    severity: Severity;
    message: string;
    file?: string;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    /** Short human title; the message is used when absent. */
    title?: string;
    /** Stable identity across runs and line shifts (baselines, waivers, de-duplication). */
    fingerprint?: string;
    /** Extra capability-specific fields, carried into JSON and SARIF properties. */
    properties?: Record<string, unknown>;
}
/** A table in a report: the markdown renderer draws it, the text renderer aligns it. */
export interface ReportTable {
    title?: string;
    columns: string[];
    rows: Array<Array<string | number>>;
}
/** A section of free text, tables, or both, rendered in order after the headline. */
export interface ReportSection {
    title: string;
    text?: string;
    table?: ReportTable;
    /** Collapsed by default in markdown (`<details>`), for long lists. */
    collapsed?: boolean;
}
/** What a capability ran and decided. */
export interface Report {
    /** Capability name: `consolidation`, `prefilter`, `review`, `deploy`, `monitor`, `config`. */
    capability: string;
    /** Headline, one sentence: what was decided. */
    title: string;
    /** True when the gate passes. */
    ok: boolean;
    /**
     * Set when the run could not decide (a monitor without enough data): the headline says
     * "Inconclusive" rather than "Failed", while `ok` (false) still drives the exit code.
     */
    inconclusive?: boolean;
    findings: Finding[];
    sections?: ReportSection[];
    /** Machine-readable facts for JSON output, merged at the top level of the JSON document. */
    data?: Record<string, unknown>;
    /**
     * Finding properties the JSON output lifts to each finding's top level (e.g. the review's
     * `agent`), for consumers that read `findings[].agent`; they stay in `properties` too.
     */
    findingFields?: readonly string[];
}
/** The output formats every command supports. */
export type Format = 'text' | 'json' | 'markdown' | 'sarif';
export declare const FORMATS: readonly Format[];

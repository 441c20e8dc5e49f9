/**
 * The JSON output: exactly one document, `{ capability, ok, title, findings, ...data }`, with a stable
 * key order so two runs over the same input produce byte-identical files (diffable, cacheable).
 */
import type { Report } from './types.js';
/** The JSON document as an object (the action writes it as a file, the CLI prints it). */
export declare function reportJson(report: Report): Record<string, unknown>;
/** Renders a report as one pretty-printed JSON document ending with a newline. */
export declare function renderJson(report: Report): string;

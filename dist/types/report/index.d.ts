import { type MarkdownOptions } from './markdown.js';
import { type SarifTool } from './sarif.js';
import type { Format, Report } from './types.js';
/** Options of {@link render}; `tool` names the SARIF driver, `markdown` tunes the markdown renderer. */
export interface RenderOptions {
    tool: SarifTool;
    markdown?: MarkdownOptions;
}
/** Renders a report in one of the {@link Format}s; every format ends with a newline. */
export declare function render(report: Report, format: Format, options: RenderOptions): string;
export { renderText } from './text.js';
export { renderJson, reportJson } from './json.js';
export { renderMarkdown, markerComment, type MarkdownOptions } from './markdown.js';
export { renderSarif, sarifLog, sarifLevel, artifactUri, FINGERPRINT_KEY, type SarifTool } from './sarif.js';
export { planAnnotations, emitAnnotations, annotationLevel, DEFAULT_ANNOTATION_LIMITS, type Annotation, type AnnotationLevel, type AnnotationLimits, type AnnotationPlan, type AnnotationProperties, type AnnotationSink, } from './annotations.js';
export { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES } from './budget.js';
export { compareFindings, describeCounts, sortFindings, SEVERITIES } from './severity.js';
export type { Finding, Format, Report, ReportSection, ReportTable, Severity } from './types.js';
export { FORMATS } from './types.js';
export { GATE_MARKER, parseGateComment, renderGateComment, upsertGateComment, type GateCommentOptions, } from './gate-comment.js';
export { gateSection, pendingSection, statusOf, type GateSection, type GateSectionOptions, type GateStatus, } from './gate-section.js';
export { lineUrl, type HeadCommit } from './gate-links.js';

import type { Finding, Severity } from './types.js';
/** An annotation level, as `@actions/core` names its functions. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';
/** Same shape as `@actions/core`'s `AnnotationProperties`; undefined fields are left out. */
export interface AnnotationProperties {
    title?: string;
    file?: string;
    startLine?: number;
    startColumn?: number;
    endLine?: number;
    endColumn?: number;
}
/** One annotation to send: `@actions/core`'s function name, the message and its position. */
export interface Annotation {
    level: AnnotationLevel;
    message: string;
    properties: AnnotationProperties;
}
/** Per-level and total caps. */
export interface AnnotationLimits {
    error: number;
    warning: number;
    notice: number;
    total: number;
}
/** The annotations to send, most severe first, and what did not fit. */
export interface AnnotationPlan {
    annotations: Annotation[];
    /** Findings not annotated, per level. */
    omitted: Record<AnnotationLevel, number>;
}
/** What a runner step displays (10 per level) and a job keeps (50). */
export declare const DEFAULT_ANNOTATION_LIMITS: AnnotationLimits;
/** Where `@actions/core` (or a test's recorder) receives annotations. */
export interface AnnotationSink {
    error(message: string, properties: AnnotationProperties): void;
    warning(message: string, properties: AnnotationProperties): void;
    notice(message: string, properties: AnnotationProperties): void;
}
/** CRITICAL and HIGH are errors, MEDIUM a warning, LOW and INFO notices (the SARIF mapping too). */
export declare function annotationLevel(severity: Severity): AnnotationLevel;
/**
 * Chooses the annotations to emit: most severe first (then file, line, rule: deterministic), within the
 * limits. When something must be left out, one notice slot (and one of the total) is kept free for the
 * "N findings omitted" notice {@link emitAnnotations} adds, so that notice is itself never dropped.
 */
export declare function planAnnotations(findings: readonly Finding[], limits?: Partial<AnnotationLimits>): AnnotationPlan;
/**
 * Sends a plan to a sink (`@actions/core` in the action, a recorder in tests), then, when findings were
 * left out, one notice saying how many and where the full list is (`where`, by default the job summary
 * and the SARIF/JSON output).
 */
export declare function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink, where?: string): void;

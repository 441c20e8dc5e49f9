import type { Severity } from '../report/types.js';
import { type AuditedDocument, type Step } from './document.js';
import { type Expr } from './expressions.js';
import type { Confidence, Persona } from './finding.js';
/** A judged context: how bad it is to expand it into code, and why. */
export interface Taint {
    severity: Severity;
    confidence: Confidence;
    persona: Persona;
    why: string;
}
/** The worse of two taints (higher severity, then higher confidence). */
export declare function worse(a: Taint | undefined, b: Taint | undefined): Taint | undefined;
/** Judges one context reference in a step's scope; undefined when it cannot carry an attack. */
export declare function judgeContext(doc: AuditedDocument, step: Step | undefined, origin: Extract<Expr, {
    kind: 'context' | 'member';
}>, depth?: number, 
/** The context as written, for messages (paths are lowercased for matching). */
written?: string): Taint | undefined;
/** Judges every context flowing out of one expression body. */
export declare function judgeExpression(doc: AuditedDocument, step: Step | undefined, body: string, depth?: number): Array<{
    origin: Extract<Expr, {
        kind: 'context' | 'member';
    }>;
    taint: Taint | undefined;
}>;
/** The worst taint of any expression in a string (an env value, a `with:` input). */
export declare function judgeString(doc: AuditedDocument, step: Step | undefined, text: string, depth?: number): Taint | undefined;

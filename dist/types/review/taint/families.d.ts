/**
 * The sink families of the taint analysis, shared by the JavaScript and Python walks: what each
 * family is called, how bad a hit is, and what to do about it. A hit's severity follows what
 * reached the sink: request data (a known source) is CRITICAL or HIGH; a function's parameter
 * (data whose origin is in another file) at most HIGH; anything else at most MEDIUM. No source, no
 * CRITICAL.
 */
import type { ReviewSeverity } from '../findings.js';
export type SinkFamily = 'sql' | 'nosql' | 'command' | 'code' | 'deserialization' | 'path' | 'ssrf' | 'redirect' | 'html' | 'xxe' | 'redos';
/** Where a value came from: the request, a parameter of the enclosing function, or neither. */
export type TaintLevel = 'request' | 'param';
/** How a value got tainted: the source expression and the variables it travelled through. */
export interface Taint {
    level: TaintLevel;
    /** The source as written (`req.body.login`, `request.args.get("q")`, `parameter threshold`). */
    source: string;
    /** 1-based line of the source. */
    line: number;
    /** Variables the value went through, in order. */
    path: readonly string[];
}
export interface FamilySpec {
    rule: string;
    title: string;
    /** Severity with request data, with a parameter, and with only a dynamic (not constant) value. */
    request: ReviewSeverity;
    param: ReviewSeverity | undefined;
    dynamic: ReviewSeverity | undefined;
    fix: string;
}
export declare const FAMILIES: Readonly<Record<SinkFamily, FamilySpec>>;
/** The severity of a hit, or undefined when it is not worth a finding. */
export declare function severityOf(family: SinkFamily, taint: Taint | 'dynamic'): ReviewSeverity | undefined;

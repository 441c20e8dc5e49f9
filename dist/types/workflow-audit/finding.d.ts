/**
 * What a workflow rule reports and how: the finding shape (zizmor's severity, confidence and
 * persona, launchgate's report fields) and the `Rule` interface every rule file implements.
 */
import type { Node } from 'yaml';
import type { Finding, Severity } from '../report/types.js';
import type { AuditedDocument } from './document.js';
/**
 * Who a finding is for, as in zizmor: `regular` findings gate by default; `pedantic` adds code
 * smells; `auditor` adds everything, including findings that need a human to judge.
 */
export type Persona = 'regular' | 'pedantic' | 'auditor';
export declare const PERSONAS: readonly Persona[];
export type Confidence = 'high' | 'medium' | 'low';
/** A finding of the workflow audit: a report finding that always has a position and a persona. */
export interface AuditFinding extends Finding {
    file: string;
    line: number;
    column: number;
    confidence: Confidence;
    persona: Persona;
}
/** What a rule says about one problem; the engine adds the rule id and the position. */
export interface Problem {
    severity: Severity;
    confidence: Confidence;
    message: string;
    persona?: Persona;
}
/** Reports a problem at a node (its first character) or at an absolute offset in the file. */
export type Emit = (at: Node | number | undefined, problem: Problem) => void;
/** What the user configured for the rules that take settings (`audit:` in the config file). */
export interface RuleSettings {
    /** forbidden-uses: only these `uses:` patterns are allowed (`owner/*`, `owner/repo`, `owner/repo/path`). */
    allowUses?: readonly string[];
    /** forbidden-uses: these `uses:` patterns are refused. */
    denyUses?: readonly string[];
}
/** One audit: its id (zizmor's name where it has one), a title, a help link, and the check. */
export interface Rule {
    id: string;
    title: string;
    helpUri: string;
    check(doc: AuditedDocument, emit: Emit, settings: RuleSettings): void;
}
/** A rule that has the meaning of zizmor's audit of the same name. */
export declare function zizmorRule(id: string, title: string, check: Rule['check']): Rule;
/** Whether a persona shows a finding of another persona (auditor ⊃ pedantic ⊃ regular). */
export declare function personaIncludes(selected: Persona, finding: Persona): boolean;

/**
 * ESLint on changed JavaScript and TypeScript files, through its programmatic `Linter` (no config
 * files, no file system: the text at head goes in, messages come out) with typescript-eslint's
 * parser and the security, react-hooks and jsx-a11y plugins. ESLint and its plugins are heavy to
 * load, so one Linter is built per process on first use and shared by every review.
 */
import type { Linter as LinterType } from 'eslint/universal';
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
type Kind = 'ts' | 'tsx' | 'js';
interface SharedLinter {
    linter: LinterType;
    configs: Record<Kind, LinterType.Config[]>;
    /** Why .ts and .tsx files cannot be linted (TypeScript is not installed), when they cannot. */
    noTypeScript?: string;
}
/** The shared Linter, built on first use. */
export declare function sharedLinter(): Promise<SharedLinter>;
/** ESLint hits in one file; a syntax error becomes a notice, not a finding. */
export declare function lintScript(path: string, text: string): Promise<{
    findings: FindingCandidate[];
    notice?: string;
}>;
export declare const eslintAnalyzer: Analyzer;
export {};

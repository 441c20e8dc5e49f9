/**
 * Which ESLint rules run, for which agent, at which severity. Picked for precision: rules whose
 * hits are nearly always real problems (a PR gate cannot cry wolf); style is Prettier's job.
 */
import type { ReviewAgent, ReviewSeverity } from '../findings.js';
/** An ESLint rule as a review rule. */
export interface EslintRuleSpec {
    agents: readonly ReviewAgent[];
    severity: ReviewSeverity;
    title: string;
    /** Rule options after the level, when the rule needs them. */
    options?: unknown[];
    /** Only for files that may contain JSX (react rules). */
    jsxOnly?: boolean;
}
export declare const ESLINT_RULES: Record<string, EslintRuleSpec>;

import { type ReviewLlmConfig } from '../config/sections/review.js';
import type { LlmUsage } from '../llm/port.js';
import type { ReviewAgent, ReviewFinding } from './findings.js';
import type { PullRequestText } from './llm/prompts.js';
import type { DropReason } from './llm/reanchor.js';
import { type ProviderName } from './provider.js';
/** What to review and how. */
export interface CollectOptions {
    root: string;
    base: string;
    head: string;
    agents: readonly ReviewAgent[];
    provider: ProviderName;
    /** Globs of generated or vendored files left out (bundles in dist/, lock files). */
    exclude?: readonly string[];
    /** lcov report, relative to the root (or absolute), read from the work tree when present. */
    coveragePath: string;
    /** `review.llm` of the config; its defaults when absent. */
    llm?: ReviewLlmConfig;
    model?: string;
    /** Where the LLM provider's key is read; nothing is read from process.env behind the caller's back. */
    env?: Readonly<Record<string, string | undefined>>;
    /** The pull request's title and description, for the LLM pass (fenced as untrusted). */
    pullRequest?: PullRequestText;
    /** OSV's API base URL for the dependency review; api.osv.dev when absent. */
    osvUrl?: string;
    /** A line as each stage ends (the CLI's stderr): a review takes seconds, and silence looks like a hang. */
    progress?: (line: string) => void;
}
/** What the LLM pass did, for the summary. */
export interface LlmRunSummary {
    provider: string;
    model: string;
    requests: number;
    usage: LlmUsage;
    /** LLM findings kept after re-anchoring. */
    findings: number;
    dropped: Record<DropReason, number>;
    /** Agents whose pass failed and who stand on their analyzers alone. */
    incomplete: ReviewAgent[];
}
/** The findings of one review before waivers and the gate. */
export interface ReviewCollection {
    base: string;
    head: string;
    agents: ReviewAgent[];
    filesChanged: number;
    /** De-duplicated, not yet waived or ranked. */
    findings: ReviewFinding[];
    /** Hits in changed files but outside the added lines (not counted). */
    outsideDiff: number;
    failedAnalyzers: Array<{
        name: string;
        error: string;
    }>;
    notices: string[];
    provider: {
        requested: ProviderName;
        llm: boolean;
    };
    llm?: LlmRunSummary;
}
/** Reviews the change between `base` and `head` of the repository at `root`, up to the findings. */
export declare function collectReview(options: CollectOptions): Promise<ReviewCollection>;

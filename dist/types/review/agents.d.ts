/**
 * The seven agents and the analyzers behind each. An analyzer serves several agents (ESLint:
 * code, security, React); each of its rules names the agents that report it, owner first.
 */
import { REVIEW_AGENTS } from '../config/sections/review.js';
import type { Analyzer } from './analyzer.js';
import type { ReviewAgent } from './findings.js';
export { REVIEW_AGENTS };
/** What each agent looks at, in the words of the launch plan. */
export declare const AGENT_FOCUS: Readonly<Record<ReviewAgent, string>>;
/** Every analyzer, in the order they run. */
export declare const ANALYZERS: readonly Analyzer[];
/** The analyzers that serve at least one selected agent. */
export declare function analyzersFor(agents: ReadonlySet<ReviewAgent>): Analyzer[];
/** Parses `--agents a,b`; an unknown name is a usage error that lists the valid ones. */
export declare function parseAgents(list: string): ReviewAgent[];

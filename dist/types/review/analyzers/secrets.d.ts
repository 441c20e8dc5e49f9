/**
 * Hard-coded secrets, found by secretlint with its recommended preset (cloud keys, tokens of
 * GitHub, Slack, npm, OpenAI, Anthropic..., private keys, credentials in URLs). Every hit is
 * CRITICAL: a secret in git history is leaked even after it is removed, so it must be rotated.
 * The secret itself never leaves this file: messages are secretlint's masked ones and the
 * evidence and fingerprint use the line with the secret replaced by `****`.
 */
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
/** `line` with the characters of `[from, to)` (offsets in the line) replaced by `****`. */
export declare function maskRange(line: string, from: number, to: number): string;
/** The secrets in one file's text. */
export declare function findSecrets(path: string, content: string): Promise<FindingCandidate[]>;
export declare const secretsAnalyzer: Analyzer;

/**
 * Python rules that need no taint: TLS verification switched off, passwords hashed with MD5 or
 * SHA-1, JWTs decoded without verification, XML parsers told to fetch external entities. Each is a
 * hit wherever it appears; none is CRITICAL (no source is involved).
 */
import type { Node } from 'web-tree-sitter';
import type { FindingCandidate } from '../findings.js';
/** The rule hits of one parsed module. */
export declare function pyRuleHits(file: string, root: Node): FindingCandidate[];

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003) over normalised token k-grams: two files share a
 * fingerprint wherever they share K tokens of the same shape, whatever the identifiers and literals
 * are called, and a copy of at least K + W - 1 tokens is always caught.
 */
import { type CodeToken } from './js-tokens.js';
import type { Fingerprint, Language, PackedFingerprints } from './types.js';
/** Tokens per k-gram: long enough that `const ID = ID ( ID )` alone never matches. */
export declare const K = 12;
/** Window size: one fingerprint at least every W k-grams. */
export declare const W = 8;
/** Bumped whenever the tokens or the hashing change, so cached fingerprints are recomputed. */
export declare const FINGERPRINT_VERSION = 3;
/** Normalised tokens of a file in the given language. */
export declare function normalisedTokens(language: Language, text: string): CodeToken[];
/**
 * The winnowed fingerprints of a file's meaningful tokens (see noise.ts), packed after a header
 * holding how many meaningful tokens the file has (the denominator of similarity).
 */
export declare function fingerprints(language: Language, text: string): PackedFingerprints;
/** How many meaningful tokens the fingerprinted file has. */
export declare function tokenCount(packed: PackedFingerprints): number;
/** How many fingerprints a packed table holds. */
export declare function fingerprintCount(packed: PackedFingerprints): number;
/** The fingerprint at index `i` of a packed table. */
export declare function fingerprintAt(packed: PackedFingerprints, i: number): Fingerprint;

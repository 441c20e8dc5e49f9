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
export declare const FINGERPRINT_VERSION = 2;
/** Normalised tokens of a file in the given language. */
export declare function normalisedTokens(language: Language, text: string): CodeToken[];
/** The winnowed fingerprints of a file, packed. */
export declare function fingerprints(language: Language, text: string): PackedFingerprints;
/** The fingerprint at index `i` of a packed table. */
export declare function fingerprintAt(packed: PackedFingerprints, i: number): Fingerprint;

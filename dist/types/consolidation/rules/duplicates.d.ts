/**
 * `duplicate-logic`: a file outside the concern holds a near-copy of canonical logic. Files share a
 * winnowing fingerprint where K normalised tokens agree; chains of shared fingerprints that advance
 * together in both files are merged into regions, and a region of at least the concern's
 * `duplicate-min-tokens` is a near-copy, reported with its lines and the canonical lines it copies.
 */
import type { Concern } from '../concerns.js';
import type { DuplicateMatch, ImportGraph, SourceFile, Violation } from '../types.js';
/** One violation per (file, canonical file) pair with a near-copy. */
export declare function duplicateLogic(concern: Concern, graph: ImportGraph): Violation[];
/** Regions of `file` that copy `original`, longest first. */
export declare function copiedRegions(file: SourceFile, original: SourceFile): DuplicateMatch[];

/**
 * `duplicate-logic`: a file outside the concern holds a near-copy of canonical logic. Files share a
 * winnowing fingerprint where K meaningful tokens agree (imports, type declarations, literal tables
 * and markup are not fingerprinted, see noise.ts); chains of shared fingerprints that advance
 * together in both files are merged into regions. Each copied region of a file is reported once,
 * against the canonical region it copies most of: shifted windows, repeated canonical code and
 * several canonical files never turn one copy into many findings.
 */
import type { Concern } from '../concerns.js';
import type { DuplicateMatch, Fingerprint, ImportGraph, PackedFingerprints, SourceFile, Violation } from '../types.js';
/** A copied region with where it lies in the copying file's token stream. */
export interface CopiedRegion extends DuplicateMatch {
    /** First and one-past-last meaningful token of the region in the copying file. */
    from: number;
    to: number;
    /** The same in the canonical file. */
    canonicalFrom: number;
    canonicalTo: number;
}
/** One violation per copied region of at least the concern's `duplicate-min-tokens`, largest first. */
export declare function duplicateLogic(concern: Concern, graph: ImportGraph): Violation[];
/** Hash → fingerprints of a packed table, built once per canonical file. */
export type FingerprintIndex = Map<number, Fingerprint[]>;
/** Indexes a file's fingerprints by hash. */
export declare function indexOf(packed: PackedFingerprints): FingerprintIndex;
/**
 * Regions of `file` that copy `original`, longest first, each with its similarity: the share of
 * the smaller file's meaningful tokens it covers, so a 200-token copy of a 220-token module ranks
 * above 200 tokens that happen to match inside two 5,000-token files.
 */
export declare function copiedRegions(file: SourceFile, original: SourceFile, index?: FingerprintIndex): CopiedRegion[];
/**
 * One region per stretch of the copying file: largest first, a region overlapping one already
 * kept by more than half of its own length is the same copy seen through another window.
 */
export declare function distinctRegions(regions: CopiedRegion[]): CopiedRegion[];

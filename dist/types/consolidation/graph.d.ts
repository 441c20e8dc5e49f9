import { type ParseCache } from './cache.js';
import { type CompiledSignature } from './signatures.js';
import type { ImportGraph, Language } from './types.js';
/** What to scan and what to collect on the way. */
export interface ScanOptions {
    /** Absolute root; every path in the graph is relative to it. */
    root: string;
    include: string[];
    exclude: string[];
    maxFileBytes: number;
    signatures: CompiledSignature[];
    /** Whether files of this language need duplicate fingerprints. */
    fingerprint: (language: Language) => boolean;
    cache: ParseCache;
    /** Parses run at once on libuv's thread pool; 0 parses on the main thread (default: {@link defaultParseThreads}). */
    parseThreads?: number;
    /** Keep resolved imports beside the parse cache for the next run (default true; not for a throwaway tree). */
    keepResolutions?: boolean;
}
/** Counts of one scan, for the report and the benchmark. */
export interface ScanStats {
    files: number;
    sources: number;
    parsed: number;
    cached: number;
    /** Files read from disk; the others were known by their unchanged stat. */
    read: number;
    skipped: number;
    /** Specifiers handed to the resolver; the others came from earlier runs. */
    resolved: number;
    ms: number;
}
/** Scans `options.root` and returns the resolved import graph. */
export declare function buildGraph(options: ScanOptions): Promise<{
    graph: ImportGraph;
    stats: ScanStats;
}>;
/**
 * Parses run at once by default. oxc parses on libuv's thread pool while the main thread reads,
 * hashes and reads back the others, so with cores to spare a cold scan takes a fraction of the wall
 * time. Each pool thread keeps its own native heap (about 50 MB more at peak on monaco-editor), and
 * with two cores or fewer the main thread's own work leaves no core to run a parse on: there the
 * main thread parses alone.
 */
export declare function defaultParseThreads(cores?: number): number;
/**
 * Parses at most this many JS files through oxc's JSON path before loading the lazy parser: the lazy
 * deserialiser is a large module to compile, worth it for a cold scan and not for a re-run that
 * parses the one file edited.
 */
export declare const LAZY_AFTER = 16;

import type { Stats } from 'node:fs';
import type { Language, ParsedSource, SignatureHit } from './types.js';
/**
 * Versions that change what a parse yields. The oxc-parser version is pinned here rather than read
 * from its package.json, which is not there once bundled; a test keeps the two in step.
 */
export declare const OXC_PARSER_VERSION = "0.159.0";
/** Files whose mtime or ctime is this recent when hashed get no stat row (coarse timestamps, FAT's 2 s). */
export declare const RACY_MS = 2000;
/** The cache key of a file's content. */
export declare function contentKey(language: Language, text: string): string;
/**
 * A cached parse, plus the forbidden-signature hits found in that content for one set of
 * signatures (`signatureSet`), so an unchanged file is not read again just to search it.
 */
export interface CachedSource extends Omit<ParsedSource, 'comments'> {
    /** Absent when the run that cached it searched no signatures. */
    comments?: ParsedSource['comments'];
    signatureSet?: string;
    signatureHits?: SignatureHit[];
}
/** How a cache trusts file metadata. */
export interface CacheOptions {
    /** Reuse a file's content key when its stat is unchanged (default true); false hashes every file. */
    statCache?: boolean;
    /** See {@link RACY_MS}; tests shorten it. */
    racyMs?: number;
}
/** Parsed sources by content key, loaded from and saved to one folder. */
export declare class ParseCache {
    private readonly file;
    private readonly state;
    private readonly options;
    /** Entries of this run as stored (a stored one is the very object read, so saving skips it). */
    private readonly used;
    private readonly decoded;
    private readonly usedFiles;
    hits: number;
    misses: number;
    private constructor();
    private get stored();
    /** The folder the cache lives in (undefined: in memory only), for the caches beside it. */
    get folder(): string | undefined;
    /** Opens the cache in `dir`; a missing or corrupt file is an empty cache. No dir: in memory only. */
    static open(dir: string | undefined, options?: CacheOptions): Promise<ParseCache>;
    /** How many parses the cache held when opened. */
    get entries(): number;
    /** The content key last hashed for `file` (absolute) when its stat is unchanged since, else undefined. */
    keyByStat(file: string, info: Stats): string | undefined;
    /** Records that `file` had content `key` with stat `info`, taken at `statAt` (ms since the epoch). */
    rememberStat(file: string, info: Stats, key: string, statAt: number): void;
    /** The cached entry of a content key without counting a hit or a miss. */
    peek(key: string): CachedSource | undefined;
    /** The cached parse of a content key, if any; counts a hit or a miss. */
    get(key: string): CachedSource | undefined;
    set(key: string, parsed: CachedSource): void;
    /** Saves the entries used in this run: nothing, the journal of what changed, or a new base. */
    save(): Promise<void>;
}

/**
 * launchgate keeps its caches and local reports in `.launchgate/`; init adds it to `.gitignore`
 * (appending, never rewriting what is there) so a cache is never committed.
 */
export declare const CACHE_FOLDER = ".launchgate/";
/** The .gitignore text with the cache folder appended; `existing` is undefined when there is none. */
export declare function withCacheIgnored(existing: string | undefined): string;

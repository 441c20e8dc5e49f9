import type { Report } from '../report/types.js';
import type { Runtime } from '../runtime/runtime.js';
/**
 * The part of the runtime the check reads. A terminal run builds only this (src/cli/commands/
 * consolidation.ts): the full runtime loads the HTTP, Sentry and embeddings clients, a tenth of a
 * second of start-up the check never uses.
 */
export type ConsolidationRuntime = Pick<Runtime, 'config' | 'request' | 'logger' | 'root' | 'cwd'>;
/**
 * `since` limits what is new to the change since a ref; the cache options are the CLI's
 * (`--cache-dir`, `--no-cache`), the action keeps the default cache.
 */
export declare function consolidationFromRuntime(runtime: ConsolidationRuntime, cli?: {
    updateBaseline?: boolean;
    cache?: boolean;
}): Promise<Report>;
/**
 * The cache folder the request asks for: `false` for `--no-cache`, the `cache-dir` input or flag
 * (relative to where the user stands), else undefined (the config's, then the default: `cacheDirOf`).
 */
export declare function requestedCacheDir(runtime: ConsolidationRuntime, cache?: boolean): string | false | undefined;

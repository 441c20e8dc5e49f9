import type { Report } from '../report/types.js';
import type { Runtime } from '../runtime/runtime.js';
/**
 * `since` limits what is new to the change since a ref; the cache options are the CLI's
 * (`--cache-dir`, `--no-cache`), the action keeps the default cache.
 */
export declare function consolidationFromRuntime(runtime: Runtime, cli?: {
    updateBaseline?: boolean;
    cache?: boolean;
}): Promise<Report>;

import type { ConsolidationConfig } from '../config/sections/consolidation.js';
import type { Report } from '../report/types.js';
/** Inputs of {@link runConsolidation}. */
export interface ConsolidationOptions {
    /** Repository root; every path of the report is relative to it. */
    root: string;
    config: ConsolidationConfig;
    /** A git ref to compare with: violations present there are not new. */
    since?: string;
    /** Write the baseline with the current violations (adds new ones, prunes fixed ones). */
    updateBaseline?: boolean;
    /** Parse cache folder (absolute or relative to the root); `false` for no cache on disk. */
    cacheDir?: string | false;
    /**
     * Know unchanged files by their stat (size, mtime, ctime, inode) instead of reading and hashing
     * them (default true). `false` hashes every file, for file systems whose timestamps cannot be trusted.
     */
    statCache?: boolean;
    /** A line as each scan ends (the CLI's stderr, the job log): a large tree takes seconds. */
    progress?: (line: string) => void;
}
/**
 * Runs the check. A concern whose canonical file does not exist fails with a `missing-canonical`
 * violation while the others are checked; two concerns of one name are a ConfigurationError and a
 * `since` that is not a commit a UsageError; syntax errors in scanned files are findings.
 */
export declare function runConsolidation(options: ConsolidationOptions): Promise<Report>;
/** The cache folder: the option, the config's `cache`, else node_modules/.cache when it exists. */
export declare function cacheDirOf(root: string, options: {
    cacheDir?: string | false;
    config: ConsolidationConfig;
}): string | undefined;

import type { ParseCache } from './cache.js';
import type { ResolutionCache } from './resolution-cache.js';
import type { SourceFile } from './types.js';
/** What {@link resolveGraph} reads besides the files. */
export interface ResolveContext {
    root: string;
    workspaces: Map<string, string>;
    resolutions: ResolutionCache;
    /** The parse cache, for the imports a changed file had before its edit. */
    parses: ParseCache;
}
/** Counts of one resolution pass, for tests and the benchmark. */
export interface ResolveStats {
    /** Specifiers handed to oxc-resolver (0: it was never loaded). */
    resolved: number;
}
/** Replaces each file's import records by resolved ones (targets relative to the root). */
export declare function resolveGraph(files: Map<string, SourceFile>, context: ResolveContext): Promise<ResolveStats>;

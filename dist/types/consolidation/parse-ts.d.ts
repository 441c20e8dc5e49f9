import type { ParsedSource } from './types.js';
/**
 * Parses one JS-family file; a syntax error becomes `problem`, never an exception. A source without
 * `require(` has no require() call, so the module record says everything: it goes through
 * the lazy parser when loaded (parse-lazy.ts); the others need the AST, as oxc's JSON text.
 */
export declare function parseScript(file: string, text: string, options?: ScriptParseOptions): ParsedSource;
/** What a parse collects besides the imports. */
export interface ScriptParseOptions {
    /**
     * Comment spans (default true), which only the signature search reads: without it they are left
     * in oxc's buffer, and `comments` is empty (monaco-editor has three comments per import).
     */
    comments?: boolean;
}
/**
 * {@link parseScript} on a thread of libuv's pool: oxc parses and serialises there, so several files
 * are parsed at once while the main thread reads the next ones (the native work is most of a cold
 * scan). The lazy parser is quicker still on the main thread: when loaded, it is used.
 */
export declare function parseScriptAsync(file: string, text: string, options?: ScriptParseOptions): Promise<ParsedSource>;

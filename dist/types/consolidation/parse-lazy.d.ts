/**
 * oxc-parser's fastest path where the runtime has it: raw transfer with lazy deserialisation (Node 22
 * and later on 64-bit little-endian). The parse writes its AST into one buffer and only the fields
 * read here (the module record, comments, errors) become objects: no JSON text of the whole AST is
 * built, copied and searched. On monaco-editor's esm/ tree under Node 24 that is about a tenth of the
 * CPU of the JSON path. Older runtimes keep the JSON path (parse-ts.ts).
 */
import type { Comment, EcmaScriptModule, OxcError } from 'oxc-parser';
/** One file's parse as the JSON path gives it, without the AST. */
export interface LazyParsed {
    module: EcmaScriptModule;
    comments: Comment[];
    errors: OxcError[];
}
/** Parses one file and reads what the check needs out of the buffer (comments only when asked). */
export type LazyParse = (file: string, text: string, comments?: boolean) => LazyParsed;
/**
 * Loads the lazy parser once, if this runtime supports it; undefined otherwise. Loading is
 * asynchronous (a dynamic import, so older runtimes never evaluate a module that throws on them);
 * {@link lazyParser} answers synchronously afterwards.
 */
export declare function loadLazyParser(): Promise<LazyParse | undefined>;
/** The lazy parser once {@link loadLazyParser} has found it, else undefined. */
export declare function lazyParser(): LazyParse | undefined;

/**
 * A tokenizer for Python source, enough to tell code from strings and comments: string prefixes
 * (r, b, u, f and pairs), single and triple quotes, escapes, f-string replacement fields with nested
 * strings, comments, backslash continuations and newlines inside brackets. It never throws: an
 * unterminated string runs to the end of the file (or line), as Python's own tokenizer would report.
 *
 * Chosen over a tree-sitter grammar (.wasm) because imports need only the lexical layer, and a
 * scanner in TypeScript bundles with no asset to ship and runs in microseconds per file.
 */
/** Token kinds; `newline` ends a logical line (never inside brackets or after a backslash). */
export type PyTokenType = 'name' | 'number' | 'string' | 'op' | 'newline' | 'comment';
export interface PyToken {
    type: PyTokenType;
    value: string;
    start: number;
    end: number;
}
/** Splits Python source into tokens; whitespace and backslash continuations are dropped. */
export declare function tokenizePython(text: string): PyToken[];

/**
 * Size budgets for markdown GitHub stores: a comment body holds at most 65,536 characters and a step's
 * job summary at most 1 MiB. Documents are built from indivisible chunks (a heading, one table row, one
 * line of text) so a truncation never cuts a row or a multi-byte character in half.
 */
/** GitHub's maximum issue or pull-request comment body, in characters. */
export declare const COMMENT_MAX_CHARS = 65536;
/** GitHub's maximum job summary per step, in bytes. */
export declare const SUMMARY_MAX_BYTES: number;
/** Upper bounds for one document; both apply. */
export interface Budget {
    /** UTF-16 code units, which over-count code points: a safe measure of GitHub's "characters". */
    maxChars: number;
    /** UTF-8 bytes. */
    maxBytes: number;
}
/** An indivisible piece of output, and the text that closes whatever is open (a `<details>`, a fence) after it. */
export interface Chunk {
    text: string;
    close: string;
}
/** Collects chunks while tracking the structures that must be closed if the document stops early. */
export declare class ChunkWriter {
    readonly chunks: Chunk[];
    private readonly open;
    /** Appends text; `closeAfter` is added when this chunk itself leaves something open (a code fence). */
    write(text: string, closeAfter?: string): void;
    /** Appends text that opens a structure closed by `closer` (e.g. `<details>` … `</details>`). */
    begin(text: string, closer: string): void;
    /** Closes the innermost structure opened with {@link begin}. */
    end(): void;
    private closing;
}
/**
 * Joins chunks within the budget. When everything fits the output is the chunks joined; otherwise it is
 * the longest prefix of whole chunks, the closers still open there, and `note`. Runs in linear time.
 */
export declare function fitChunks(chunks: readonly Chunk[], budget: Budget, note: string): {
    text: string;
    truncated: boolean;
};

/** A table of word directions; vectors need not be normalised (only cosines are used). */
export interface WordVectors {
    readonly dimensions: number;
    /** The vector of a lower-case word, or undefined when the table does not know it. */
    vector(word: string): ArrayLike<number> | undefined;
    /** How much a word says, 0..1 (rare words more than common ones); 1 when unknown to the table. */
    weight(word: string): number;
}
/**
 * A table over a word list and one flat int8 array, `dimensions` values per word in list order.
 * @param words the words, most frequent first (the order of their rows)
 * @param data the rows, concatenated
 */
export declare function tableVectors(words: readonly string[], data: Int8Array, dimensions: number): WordVectors;
/** A generated table module's exports (see bench/prefilter/distil-vectors.ts). */
export interface TableModule {
    DIMENSIONS: number;
    /** 4: two signed 4-bit values a byte, low nibble first; absent: one int8 value a byte. */
    BITS?: number;
    WORDS: string;
    ROWS: string;
}
/** The table of a generated module: space-separated words and base64 int8 rows. */
export declare function decodeTable(table: TableModule): WordVectors;
/** Signed 4-bit values, two a byte (low nibble first), as one int8 each. */
export declare function unpackNibbles(bytes: Uint8Array): Int8Array;
/** The built-in table, decoded once per process on first use. */
export declare function builtInVectors(): WordVectors;

export declare const DIMENSIONS = 100;
/** Bits per value: two signed 4-bit values a byte, low nibble first. */
export declare const BITS = 4;
/** Words, most frequent first, space-separated. */
export declare const WORDS: string;
/** Packed 4-bit rows, one per word, base64. */
export declare const ROWS: string;

export declare const DIMENSIONS = 100;
/** Words, most frequent first, space-separated. */
export declare const WORDS: string;
/** int8 rows, one per word, base64. */
export declare const ROWS: string;

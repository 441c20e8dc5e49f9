/** Offsets to 1-based line:column, as editors and SARIF show them. */
/** Line starts of a text, for repeated offset lookups in O(log lines). */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    /** The 1-based line and column of a UTF-16 offset. */
    at(offset: number): {
        line: number;
        column: number;
    };
}

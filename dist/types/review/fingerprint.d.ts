/** Collapses whitespace so re-indenting or reformatting a line keeps its fingerprint. */
export declare function normaliseLine(text: string): string;
/** What a fingerprint is computed from. */
export interface FingerprintInput {
    /** The rule's owning agent (not the reporting one), so every agent's job agrees. */
    owner: string;
    rule: string;
    file: string;
    /** The offending line's content (masked for secrets). */
    content: string;
    /** 1 for the first identical (owner, rule, file, content) in the file, 2 for the next... */
    occurrence: number;
}
/** 32 hex digits of SHA-256 over the NUL-joined parts. */
export declare function fingerprint(input: FingerprintInput): string;
/**
 * Numbers identical hits in file order: returns, for each input index, its occurrence (1-based)
 * among the hits sharing its key. Inputs must carry the line to order by.
 */
export declare function occurrences(hits: ReadonlyArray<{
    key: string;
    line: number;
}>): number[];

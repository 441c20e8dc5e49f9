/**
 * A small lexer for JS/TS used only to fingerprint code for near-copy detection: it yields
 * normalised tokens (identifiers → `ID`, literals → `LIT`, keywords and punctuation as written)
 * with their lines, skipping comments. Regex literals are told from division by the previous
 * token, the classic heuristic; a wrong guess only blurs a fingerprint, it never hides an import.
 */
/** A normalised token and the 1-based line it starts on. */
export interface CodeToken {
    value: string;
    line: number;
    /** An identifier as written (`from`, `of`...), for the noise filter; absent for other tokens. */
    word?: string;
}
/** Tokenizes JS/TS/JSX text into normalised tokens; JSX text reads as identifiers, which is fine here. */
export declare function tokenizeScript(text: string): CodeToken[];

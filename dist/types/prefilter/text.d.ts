/** True for a stop word that keeps its meaning when it is a word of a tool's name. */
export declare function namesSomething(word: string): boolean;
/** The Porter stem of a lower-case word, cached: the same few thousand words recur in every query. */
export declare function stem(word: string): string;
/** Splits identifiers and prose into lower-case words, keeping stop words (names need them). */
export declare function words(text: string): string[];
/** True for a word that carries no meaning for tool choice. */
export declare function isStopWord(word: string): boolean;
/**
 * The terms of a text: words without stop words, stemmed. Order and repeats are kept (term frequency).
 * @param keep stop words kept anyway: those that are words of a tool's name (`like` in `like_post`)
 */
export declare function terms(text: string, keep?: ReadonlySet<string>): string[];

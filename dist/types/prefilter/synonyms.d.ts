export declare const BUILT_IN_SYNONYMS: readonly string[][];
/**
 * Builds the stem -> related stems map used to widen a query.
 * @param extra groups from config, merged with the built-in ones
 */
export declare function synonymMap(extra?: readonly string[][]): Map<string, string[]>;

/** The stemmed noun a tool name acts on, or undefined when it does not start with a known verb. */
export declare function nounOf(name: string): string | undefined;
/** tool index -> the other tools acting on the same noun. */
export declare function derivedCompanions(names: readonly string[]): Map<number, number[]>;

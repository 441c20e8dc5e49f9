/** A configured core tool the catalogue lacks, with the catalogue's closest names. */
export interface MissingCoreTool {
    name: string;
    suggestions: string[];
}
/**
 * Names of the catalogue close to `name`: sharing its words beyond the verb (`get_time` ->
 * `get_current_time`), or a few edits away. Best first, at most three.
 */
export declare function closestNames(name: string, catalogue: readonly string[]): string[];
/** The configured core names the catalogue does not hold, each with suggestions. */
export declare function missingCoreTools(core: readonly string[], catalogue: readonly string[]): MissingCoreTool[];
/** "get_time (did you mean get_current_time?)" */
export declare function describeMissing(missing: MissingCoreTool): string;

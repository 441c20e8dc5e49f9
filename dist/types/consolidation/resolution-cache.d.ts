/** Root-relative file → [content key, target per import ('' when unresolved)]. */
type Row = [string, string[]];
/** The repository's shape as far as resolution is concerned, as one hash. */
export declare function resolutionState(root: string, allFiles: string[], extra: string): string;
/** Targets by file and content key, for one state of the repository. */
export declare class ResolutionCache {
    private readonly file;
    private readonly state;
    private readonly stored;
    private readonly fresh;
    private constructor();
    /** Opens the cache in `dir` for `state`; another state, a missing or a corrupt file: empty. */
    static open(dir: string | undefined, state: string): Promise<ResolutionCache>;
    private get rows();
    /** The targets cached for `file` at content `key` (`''` = unresolved), if any. */
    get(file: string, key: string): string[] | undefined;
    /**
     * The row stored for `file` whatever its content key: `[content key, targets]` of its content
     * when last resolved in this same state, for reusing the targets of the specifiers it kept.
     */
    previous(file: string): Readonly<Row> | undefined;
    set(file: string, key: string, targets: string[]): void;
    /** Saves the rows of this run: nothing, the journal of what changed, or a new base. */
    save(): Promise<void>;
}
export {};

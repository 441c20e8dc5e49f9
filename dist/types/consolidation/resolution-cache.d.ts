/** The repository's shape as far as resolution is concerned, as one hash. */
export declare function resolutionState(root: string, allFiles: string[], extra: string): string;
/** Targets by file and content key, for one state of the repository. */
export declare class ResolutionCache {
    private readonly file;
    private readonly state;
    private readonly stored;
    private readonly fresh;
    private changed;
    private constructor();
    /** Opens the cache in `dir` for `state`; another state, a missing or a corrupt file: empty. */
    static open(dir: string | undefined, state: string): Promise<ResolutionCache>;
    /** The targets cached for `file` at content `key` (`''` = unresolved), if any. */
    get(file: string, key: string): string[] | undefined;
    set(file: string, key: string, targets: string[]): void;
    /** Writes the entries of this run, atomically. */
    save(): Promise<void>;
}

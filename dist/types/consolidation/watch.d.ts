/** How long the tree must be quiet before a re-check: an editor's save or a `git checkout` is a burst. */
export declare const WATCH_DEBOUNCE_MS = 100;
/**
 * Whether a change at `relative` (to the watched root) can change the result: not inside a folder
 * the scan never lists ({@link IGNORED_FOLDERS}: git's own files, installs, build output,
 * launchgate's cache) or one of `ignoredDirs` (relative to the root, e.g. a configured cache folder).
 */
export declare function watchedPath(relative: string, ignoredDirs?: readonly string[]): boolean;
/** Options of {@link watchAndRecheck}. */
export interface WatchOptions {
    root: string;
    /** Folders relative to the root whose changes are ignored (the cache folder). */
    ignoredDirs?: readonly string[];
    /** Stops the watch; a check under way ends first. */
    signal: AbortSignal;
    debounceMs?: number;
    /** One check; `changed` holds the changed paths (relative, sorted), empty for the first one. */
    check(changed: readonly string[]): Promise<void>;
}
/**
 * Runs the check, then again after each quiet period that followed a relevant change, until the
 * signal stops it. The watcher is ready before the first check starts, so a change made during or
 * right after it is never lost (it causes a re-check). A check that throws ends the watch with its
 * error (the caller catches in `check` the errors worth a re-check instead).
 */
export declare function watchAndRecheck(options: WatchOptions): Promise<void>;
/** `3 file(s) changed (a.ts, b.ts, c.ts)`, at most `shown` names. */
export declare function describeChanges(changed: readonly string[], shown?: number): string;

/** Records by key, in named sections (`files`, `entries`). */
export type Sections<T> = Record<string, Record<string, T>>;
/** What {@link readStore} found, handed back to {@link writeStore}. */
export interface StoredState<T> {
    /** The records as of the last save (base with the journal applied); empty sections when none. */
    sections: Sections<T>;
    /** Id of the base read; undefined when there was none for this header. */
    id?: string;
    /** The journal's changes as read, so the next journal carries them on. */
    journal: Sections<T | null>;
}
/**
 * Reads the store at `file` for `header` (a cache version, a repository state): a missing,
 * corrupt or other-header base is an empty store; a journal is applied only onto its own base.
 */
export declare function readStore<T>(file: string, header: string, names: string[]): Promise<StoredState<T>>;
/**
 * Saves `current` (every record of this run, by section). Records are compared to what was read by
 * identity (a record taken from the store is the same object), so only set or dropped ones count.
 * Nothing changed: nothing written. A few: the journal. Many, or no base: a new base.
 */
export declare function writeStore<T>(file: string, header: string, state: StoredState<T>, current: Record<string, Map<string, T>>): Promise<void>;

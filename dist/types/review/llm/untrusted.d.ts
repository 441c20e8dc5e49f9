/**
 * Removes hidden comments and invisible characters. Line numbers are preserved: a multi-line comment
 * leaves its newlines behind.
 */
export declare function stripHidden(text: string): string;
/** A source of fence ids; tests pass a fixed one to assert on exact prompts. */
export type FenceId = () => string;
/** Fenced text with the id that opens and closes it. */
export interface Fenced {
    id: string;
    text: string;
}
/**
 * Fences cleaned `content` as untrusted data labelled `label` (a file name, "pull request text").
 * The id is drawn again in the astronomically unlikely case the content contains it.
 */
export declare function fence(label: string, content: string, nextId?: FenceId): Fenced;
/** The rule the system prompt states once, so the fenced parts of every request are read as data. */
export declare const FENCE_RULE: string;

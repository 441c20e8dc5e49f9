import type { Language } from './types.js';
/** Folders skipped whatever the config says. */
export declare const DEFAULT_IGNORES: string[];
/** The language of a path by its extension, or undefined when it is not source the check parses. */
export declare function languageOf(file: string): Language | undefined;
/** Every file under `root` matched by `include` and not by `exclude`, relative, sorted. */
export declare function listFiles(root: string, include: string[], exclude: string[]): Promise<string[]>;
/** The folder names {@link DEFAULT_IGNORES} skip at any depth (the walk and the watch mode skip them too). */
export declare const IGNORED_FOLDERS: ReadonlySet<string>;

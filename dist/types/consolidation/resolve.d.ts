import type { WorkspaceMap } from './workspaces.js';
/** Resolves a specifier written in `file` (absolute) to an absolute path, or undefined. */
export type ScriptResolver = (file: string, specifier: string) => string | undefined;
/** A resolver for one scan; its caches (tsconfigs, directories) live as long as it does. */
export declare function createScriptResolver(workspaces: WorkspaceMap): ScriptResolver;

/** Package name → absolute folder. */
export type WorkspaceMap = Map<string, string>;
/** Finds the workspace packages of `root`; an empty map when it declares none. */
export declare function findWorkspaces(root: string): Promise<WorkspaceMap>;

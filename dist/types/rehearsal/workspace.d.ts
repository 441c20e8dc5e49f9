import { LocalForge } from '../ports/local-forge.js';
export interface RehearsalWorkspace {
    /** Temporary folder holding everything below. */
    dir: string;
    /** Work tree, checked out at the change's branch. */
    work: string;
    /** Bare remote the forge and the deploy speak to. */
    remote: string;
    forge: LocalForge;
    /** Environment of every git call: the team's identity, no user or system config. */
    gitEnv: Record<string, string>;
    /** Branch of the week-4 change and its pull request number. */
    branch: string;
    pullNumber: number;
}
/** Copies the example, makes the repository and remote, and opens the change's pull request. */
export declare function prepareWorkspace(example: string, patch: string): Promise<RehearsalWorkspace>;

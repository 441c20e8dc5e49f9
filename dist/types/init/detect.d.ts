export interface RepoFacts {
    /** The branch production deploys from (`main`, `master`...). */
    productionBranch: string;
    /** The integration branch when the repository has one (`staging`, `develop`). */
    stagingBranch?: string;
    /** Folders of TypeScript projects (their tsconfig.json), relative to the root. */
    typescriptProjects: string[];
    pythonProjects: string[];
    react: boolean;
    migrations?: string;
    changelog?: string;
    /** A JSON file that looks like an LLM tool registry, and JSON Lines cases next to it. */
    toolRegistry?: string;
    toolCases?: string;
    netlify: boolean;
    render: boolean;
    sentry: boolean;
}
/** Reads the facts of the repository at `root` (a git work tree or a plain folder). */
export declare function detectRepo(root: string): Promise<RepoFacts>;

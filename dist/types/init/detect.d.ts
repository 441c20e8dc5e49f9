import { type ExcludeFacts } from './detect-excludes.js';
import { type PrefilterProposal } from './detect-prefilter.js';
import { type NetlifyFacts, type RenderFacts } from './detect-hosts.js';
import { type SentryFacts } from './detect-sentry.js';
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
    /** Core tools and gates proposed from the registry, or why none could be (a file it cannot read). */
    prefilter?: {
        proposal?: PrefilterProposal;
        problem?: string;
    };
    netlify?: NetlifyFacts;
    render?: RenderFacts;
    sentry?: SentryFacts;
    /** Vendored, generated and backup code to leave out of the checks. */
    excludes: ExcludeFacts;
    /** Whether `.gitignore` already ignores launchgate's cache folder. */
    cacheIgnored: boolean;
}
/** Reads the facts of the repository at `root` (a git work tree or a plain folder). */
export declare function detectRepo(root: string): Promise<RepoFacts>;
/** Whether a .gitignore text ignores `.launchgate/` at the root (any of the usual spellings). */
export declare function ignoresCache(gitignore: string): boolean;

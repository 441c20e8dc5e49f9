/**
 * What every call of the GitHub forge shares: the repository's parameters, the naming of requests
 * in errors, writes sent once (`writeOnce`), and the reading of GitHub's answers. A base class, so
 * `forge.ts` reads as the port's operations and nothing else.
 */
import { ApiError } from '../errors.js';
import type { RepoRef } from '../ports/forge.js';
import { type GitHubClient } from './client.js';
import type { TipCommit } from './write-lookups.js';
type Rest = GitHubClient['rest'];
/** The base of {@link GitHubForge}. */
export declare abstract class GitHubCalls {
    protected readonly octokit: GitHubClient;
    readonly repo: RepoRef;
    protected readonly rest: Rest;
    /** `{ owner, repo }`, the part of every request's parameters naming the repository. */
    protected readonly r: {
        owner: string;
        repo: string;
    };
    private readonly policy;
    /** @param octokit a client from `createGitHubClient` (retries, throttling, base URL). */
    constructor(octokit: GitHubClient, repo: RepoRef);
    /** `METHOD /repos/owner/name<suffix>`: how errors name a request. */
    protected requestName(method: string, suffix: string): string;
    /** The tip commit of a branch with its message and parents, for telling a merge it made. */
    protected tipCommit(branch: string): Promise<TipCommit | undefined>;
    /** A write sent once: see `writeOnce`; `lookup` tells whether a lost attempt was done. */
    protected write<T>(method: string, suffix: string, attempt: () => Promise<T>, lookup?: () => Promise<T | undefined>): Promise<T>;
    /** Runs one call; a failure becomes an ApiError naming the request and the status. */
    protected call<T>(method: string, suffix: string, run: () => Promise<T>): Promise<T>;
}
/** The body of a successful answer; an answer without one (cut short, not JSON) was lost. */
export declare function answered<D>(res: {
    status: number;
    data: D;
}): D;
/** GitHub's own error text (`message` of the response body) behind an ApiError, if any. */
export declare function githubMessage(error: ApiError): string | undefined;
/** True for an ApiError with that status whose 422-style `errors` list has that code. */
export declare function hasErrorCode(error: unknown, status: number, code: string): boolean;
export {};

/**
 * Pieces of the local forge that do not touch git or the disk: its error type, and the mapping
 * from stored records to the port's types.
 */
import { UserError } from '../errors.js';
import type { Comment, Deployment, DeploymentStatus, Issue, PullRequest, RepoRef } from './forge.js';
import type { StoredComment, StoredDeployment, StoredIssue } from './local-forge-store.js';
/**
 * A request the local forge refuses, as GitHub would: `status` is the HTTP status GitHub answers
 * with (404 unknown issue or branch, 422 invalid input), so callers can treat both adapters alike.
 */
export declare class LocalForgeError extends UserError {
    readonly name: string;
    readonly status: 404 | 409 | 422;
    constructor(status: 404 | 409 | 422, message: string);
}
/** `local://owner/repo/<kind>/<n>`: stable, readable, and clearly not a GitHub link. */
export declare function localUrl(repo: RepoRef, kind: 'issues' | 'pull', number: number): string;
/** The port's view of a stored issue. */
export declare function toIssue(repo: RepoRef, stored: StoredIssue): Issue;
/** The port's view of a stored pull request; `liveHeadSha` is the head branch's current commit. */
export declare function toPullRequest(repo: RepoRef, stored: StoredIssue, liveHeadSha?: string): PullRequest;
/** The port's view of a stored comment. */
export declare function toComment(stored: StoredComment): Comment;
/** The port's view of a stored deployment (without its statuses). */
export declare function toDeployment(stored: StoredDeployment): Deployment;
/** Newest first, as GitHub lists deployment statuses. */
export declare function toStatuses(stored: StoredDeployment): DeploymentStatus[];
/** Finds an issue or pull request by number, or fails like GitHub's 404. */
export declare function findNumber(issues: StoredIssue[], number: number): StoredIssue;
/** Adds labels that do not exist yet, as GitHub does when an issue is labelled with a new name. */
export declare function addMissingLabels(labels: {
    name: string;
    color: string;
    description: string;
}[], names: string[]): void;
/** GitHub's issue filters: `state` defaults to open; every label listed must be present. */
export declare function matches(issue: StoredIssue, state?: 'open' | 'closed' | 'all', labels?: string[]): boolean;
/** Issues and pull requests newest first, GitHub's default order. */
export declare function newestFirst<T extends {
    number: number;
}>(items: T[]): T[];

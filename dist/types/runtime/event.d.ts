import type { RepoRef } from '../ports/forge.js';
export interface RunEvent {
    name: string;
    /** The pull request number when the event carries one (`pull_request`, `pull_request_target`). */
    pullNumber?: number;
    baseSha?: string;
    headSha?: string;
    /** The pull request's title and body, for the review's LLM pass (untrusted, fenced there). */
    pullRequest?: {
        title: string;
        body: string;
    };
}
/** Reads `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH`; an unreadable payload is none. */
export declare function readRunEvent(env: NodeJS.ProcessEnv): RunEvent;
/** `owner/name`, or undefined when it is not exactly that. */
export declare function parseRepo(text: string | undefined): RepoRef | undefined;
/** The workflow run this run is part of, when the runner says so. */
export declare function workflowRunUrl(env: NodeJS.ProcessEnv, repo: RepoRef): string | undefined;

/**
 * The fetch under the GitHub client: a request that takes longer than its time limit, body
 * included, is aborted, and a body cut short is a failed request rather than a half-read answer.
 * Octokit would otherwise hand a truncated JSON body back as an empty string with status 200.
 */
export declare const DEFAULT_TIMEOUT_MS = 30000;
/** A request whose answer never arrived whole (a reset, a truncated body, a timeout). */
export declare class LostAnswerError extends Error {
    readonly name: string;
    /** `ETIMEDOUT` for a timeout, so it is told to the user as the network's failure. */
    readonly code?: string;
    constructor(message: string, options?: {
        cause?: unknown;
        code?: string;
    });
}
/**
 * A `fetch` that reads the whole body before resolving, within `timeoutMs`.
 * @param timeoutMs the limit of one request, headers and body
 * @param base the fetch to wrap (the global one)
 */
export declare function boundedFetch(timeoutMs: number, base?: typeof fetch): typeof fetch;

import type { Finding } from './types.js';
/** Where the judged code lives. */
export interface HeadCommit {
    /** `owner/name`. */
    repository: string;
    /** The full head sha the findings were computed at. */
    sha: string;
    /** `https://github.com` unless GitHub Enterprise Server (GITHUB_SERVER_URL). */
    serverUrl?: string;
}
/**
 * The blob URL of a finding's lines at the head commit (`#L12` or `#L12-L14`), or undefined for
 * a finding without a file or a path that climbs out of the repository.
 */
export declare function lineUrl(finding: Finding, head: HeadCommit): string | undefined;

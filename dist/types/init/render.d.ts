/**
 * The files `launchgate init` writes, as a pure function of the repository's facts and the
 * launchgate commit to pin: a commented `.github/launchgate.yml` and thin workflows (PR gate,
 * deploy, monitor) that follow
 * launchgate's own security policy (the audit checks them in CI).
 */
import type { RepoFacts } from './detect.js';
/** Which launchgate the workflows run: a repository and a full commit sha, with its version. */
export interface Pin {
    repository: string;
    ref: string;
    version: string;
}
export declare const CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";
/** Path -> content of every file init writes. */
export declare function renderInitFiles(f: RepoFacts, pin: Pin): Record<string, string>;

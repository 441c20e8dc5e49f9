/**
 * Critical security alerts opened since the deploy: Dependabot alerts (severity critical) and
 * code scanning alerts whose rule's security severity is critical. Needs `security-events: read`
 * (and Dependabot alerts enabled); a refusal is a source failure, never a pass.
 */
import { type GitHubClient } from '../../github/client.js';
import type { RepoRef } from '../../ports/forge.js';
import type { SignalSource, SourceReading, WatchedDeployment } from '../ports.js';
/** Which alert lists to read. */
export interface SecurityAlertOptions {
    dependabot: boolean;
    codeScanning: boolean;
}
/** {@link SignalSource} `security-alert` over GitHub's alert APIs. */
export declare class SecurityAlertSource implements SignalSource {
    private readonly octokit;
    private readonly repo;
    private readonly options;
    readonly source: "security-alert";
    constructor(octokit: GitHubClient, repo: RepoRef, options: SecurityAlertOptions);
    read(deployment: WatchedDeployment, now: number): Promise<SourceReading>;
    /** Open critical Dependabot alerts, newest first, read until one predates the deploy. */
    private dependabot;
    /** Open code scanning alerts of critical security severity opened since the deploy. */
    private codeScanning;
}

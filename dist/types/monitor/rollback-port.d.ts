/**
 * The monitor's actions on the forge: the rollback (through `src/rollback`, exactly once) and the
 * "monitor is blind" issue, one per deployed sha, updated by later runs rather than repeated.
 */
import type { Forge } from '../ports/forge.js';
import { type RollbackRequest, type RollbackResult } from '../rollback/index.js';
import type { RollbackLabels } from '../rollback/texts.js';
import type { BlindStatus } from './blind.js';
import type { BlindIssueResult, RollbackPort, WatchedDeployment } from './ports.js';
/** Options of {@link ForgeRollbackPort}. */
export interface ForgeRollbackOptions {
    labels: RollbackLabels & {
        blind: string;
    };
    /** The branch deploys land on, when the deployment's ref does not say. */
    base?: string;
    /** Where the revert is written (see `RollbackRequest.git`). */
    git?: RollbackRequest['git'];
}
/** The hidden marker of the blind issue of a sha. */
export declare function blindMarker(sha: string): string;
/** The body of the blind issue: which signals, why, and what to check. */
export declare function blindBody(deployment: WatchedDeployment, blind: BlindStatus): string;
/** {@link RollbackPort} over a forge. */
export declare class ForgeRollbackPort implements RollbackPort {
    private readonly forge;
    private readonly options;
    constructor(forge: Forge, options: ForgeRollbackOptions);
    rollback(deployment: WatchedDeployment, reason: string, evidenceMarkdown: string, options: {
        dryRun: boolean;
    }): Promise<RollbackResult>;
    reportBlind(deployment: WatchedDeployment, blind: BlindStatus, options: {
        dryRun: boolean;
    }): Promise<BlindIssueResult>;
}

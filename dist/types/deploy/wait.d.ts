import type { Host, HostObservation } from '../hosting/types.js';
import type { Clock } from './clock.js';
import type { TargetWait } from './types.js';
/** One poll's input: what the host said, or why it could not be asked. */
export type PollResult = HostObservation | {
    error: string;
    userError: boolean;
};
/** What to do after a poll. */
export type WaitStep = {
    kind: 'stop';
    outcome: TargetWait['outcome'];
    detail: string;
} | {
    kind: 'poll-again';
    detail: string;
    sleepMs: number;
};
export interface WaitLimits {
    timeoutMs: number;
    pollMs: number;
}
/**
 * The decision per poll: live and failed end the wait at once; a wrong token or site id (a user
 * error) fails now rather than after twenty minutes; anything else waits until the timeout, and
 * the last sleep is cut so the wait never overruns it.
 */
export declare function decideWait(poll: PollResult, elapsedMs: number, limits: WaitLimits): WaitStep;
/** `1m05s` for progress lines. */
export declare function formatElapsed(ms: number): string;
/** Polls one target until {@link decideWait} stops; never throws. */
export declare function waitForTarget(host: Host, sha: string, limits: WaitLimits, io: {
    clock: Clock;
    log: (line: string) => void;
}, 
/** Why to stop waiting early (another target failed), checked after each poll. */
abandon?: () => string | undefined): Promise<TargetWait>;
/**
 * Waits for every target at once; one slow host does not delay noticing another's failure, and
 * once one target failed the others stop at their next poll instead of waiting out the timeout.
 */
export declare function waitUntilLive(hosts: readonly Host[], sha: string, limits: WaitLimits, io: {
    clock: Clock;
    log: (line: string) => void;
}): Promise<TargetWait[]>;

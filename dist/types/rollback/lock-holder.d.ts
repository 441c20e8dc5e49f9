import type { BranchTip } from './revert-writer.js';
/** A minute: a live run opens its issue within seconds of pushing the branch. */
export declare const DEFAULT_GRACE_MS = 60000;
/** This process as a lock holder: `<host>:<pid>`. */
export declare function currentHolder(): string;
/** The trailer a revert commit carries to name its run. */
export declare function holderTrailer(holder: string): string;
/** What the decision needs to know about the world, passed in so it stays pure. */
export interface HolderProbe {
    now: number;
    host: string;
    /** True when a process with this pid runs on this host. */
    isAlive(pid: number): boolean;
    graceMs?: number;
}
/**
 * True while the lock's creator may still be working: its process is alive on this host, or it
 * ran elsewhere and the branch is younger than the grace.
 */
export declare function holderMayBeAlive(tip: BranchTip, probe: HolderProbe): boolean;
/** The probe of this machine. */
export declare function localProbe(graceMs?: number): HolderProbe;

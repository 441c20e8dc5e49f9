import type { AppFault } from './types.js';
/** A stored trip: whatever JSON fields the client sent, plus the server's own. */
export interface Trip {
    id: string;
    createdAt: string;
    owner?: string;
    [field: string]: unknown;
}
/** All state of one running app. */
export declare class AppState {
    readonly version: string;
    private readonly users;
    private readonly errorShare;
    sha: string;
    previousSha: string | undefined;
    requests: number;
    errors: number;
    readonly startedAt: number;
    private readonly sessions;
    private readonly trips;
    private errorTick;
    private currentFault;
    constructor(sha: string, version: string, users: Record<string, string>, errorShare: number);
    get fault(): AppFault | undefined;
    /** Switching a fault restarts the `errors` sequence, so its pattern is the same each time. */
    set fault(fault: AppFault | undefined);
    /** The release health reports: the previous one under `wrong-sha` (the old build still serving). */
    reportedRelease(): string;
    /**
     * Under `errors`, whether this request fails. Deterministic and evenly spread (the i-th request
     * fails when the running share crosses an integer), so a test gets exactly the share it set.
     */
    nextRequestFails(): boolean;
    /** A session token for valid credentials, or undefined. */
    login(email: string, password: string): string | undefined;
    /** The email of a session token, or undefined. */
    sessionUser(token: string | undefined): string | undefined;
    createTrip(fields: Record<string, unknown>, owner: string | undefined): Trip;
    trip(id: string): Trip | undefined;
    deleteTrip(id: string): boolean;
}

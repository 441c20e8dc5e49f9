import { z } from 'zod';
import type { FileLockOptions } from './local-forge-lock.js';
declare const storedIssue: z.ZodObject<{
    number: z.ZodNumber;
    title: z.ZodString;
    body: z.ZodString;
    state: z.ZodEnum<{
        open: "open";
        closed: "closed";
    }>;
    labels: z.ZodArray<z.ZodString>;
    createdAt: z.ZodString;
    updatedAt: z.ZodString;
    pullRequest: z.ZodOptional<z.ZodObject<{
        head: z.ZodString;
        base: z.ZodString;
        headSha: z.ZodString;
        merged: z.ZodBoolean;
        mergeCommitSha: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
declare const storedComment: z.ZodObject<{
    id: z.ZodNumber;
    issueNumber: z.ZodNumber;
    body: z.ZodString;
    author: z.ZodString;
    createdAt: z.ZodString;
    updatedAt: z.ZodString;
}, z.core.$strip>;
declare const storedDeployment: z.ZodObject<{
    id: z.ZodNumber;
    sha: z.ZodString;
    ref: z.ZodString;
    environment: z.ZodString;
    createdAt: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    payload: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    statuses: z.ZodArray<z.ZodObject<{
        id: z.ZodNumber;
        state: z.ZodEnum<{
            error: "error";
            success: "success";
            failure: "failure";
            inactive: "inactive";
            in_progress: "in_progress";
            queued: "queued";
            pending: "pending";
        }>;
        createdAt: z.ZodString;
        environmentUrl: z.ZodOptional<z.ZodString>;
        logUrl: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
declare const forgeState: z.ZodObject<{
    version: z.ZodLiteral<1>;
    repo: z.ZodObject<{
        owner: z.ZodString;
        repo: z.ZodString;
    }, z.core.$strip>;
    counters: z.ZodObject<{
        issue: z.ZodNumber;
        comment: z.ZodNumber;
        deployment: z.ZodNumber;
        deploymentStatus: z.ZodNumber;
        reviewComment: z.ZodNumber;
    }, z.core.$strip>;
    issues: z.ZodArray<z.ZodObject<{
        number: z.ZodNumber;
        title: z.ZodString;
        body: z.ZodString;
        state: z.ZodEnum<{
            open: "open";
            closed: "closed";
        }>;
        labels: z.ZodArray<z.ZodString>;
        createdAt: z.ZodString;
        updatedAt: z.ZodString;
        pullRequest: z.ZodOptional<z.ZodObject<{
            head: z.ZodString;
            base: z.ZodString;
            headSha: z.ZodString;
            merged: z.ZodBoolean;
            mergeCommitSha: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    comments: z.ZodArray<z.ZodObject<{
        id: z.ZodNumber;
        issueNumber: z.ZodNumber;
        body: z.ZodString;
        author: z.ZodString;
        createdAt: z.ZodString;
        updatedAt: z.ZodString;
    }, z.core.$strip>>;
    labels: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        color: z.ZodString;
        description: z.ZodString;
    }, z.core.$strip>>;
    deployments: z.ZodArray<z.ZodObject<{
        id: z.ZodNumber;
        sha: z.ZodString;
        ref: z.ZodString;
        environment: z.ZodString;
        createdAt: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        payload: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        statuses: z.ZodArray<z.ZodObject<{
            id: z.ZodNumber;
            state: z.ZodEnum<{
                error: "error";
                success: "success";
                failure: "failure";
                inactive: "inactive";
                in_progress: "in_progress";
                queued: "queued";
                pending: "pending";
            }>;
            createdAt: z.ZodString;
            environmentUrl: z.ZodOptional<z.ZodString>;
            logUrl: z.ZodOptional<z.ZodString>;
            description: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    checks: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        state: z.ZodEnum<{
            success: "success";
            failure: "failure";
            pending: "pending";
            neutral: "neutral";
            skipped: "skipped";
        }>;
        source: z.ZodEnum<{
            status: "status";
            "check-run": "check-run";
        }>;
        url: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    reviewComments: z.ZodArray<z.ZodObject<{
        id: z.ZodNumber;
        pullNumber: z.ZodNumber;
        commitSha: z.ZodString;
        path: z.ZodString;
        line: z.ZodNumber;
        body: z.ZodString;
        createdAt: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type ForgeState = z.infer<typeof forgeState>;
export type StoredIssue = z.infer<typeof storedIssue>;
export type StoredComment = z.infer<typeof storedComment>;
export type StoredDeployment = z.infer<typeof storedDeployment>;
export type CounterName = keyof ForgeState['counters'];
/** The state of a forge nobody has written to yet. */
export declare function emptyState(repo: {
    owner: string;
    repo: string;
}): ForgeState;
/** Hands out the next id of a kind; call inside {@link ForgeStore.update} so it is persisted. */
export declare function nextId(state: ForgeState, counter: CounterName): number;
/** Reads and updates `<stateDir>/forge.json`. Safe to use from several processes at once. */
export declare class ForgeStore {
    private readonly repo;
    private readonly lockOptions;
    /** Path of the JSON file. */
    readonly file: string;
    private readonly lockFile;
    constructor(stateDir: string, repo: {
        owner: string;
        repo: string;
    }, lockOptions?: FileLockOptions);
    /** The current state. Needs no lock: writes are atomic renames, so a read never sees half a file. */
    read(): Promise<ForgeState>;
    /**
     * Runs `mutate` on a fresh copy of the state while holding the lock, then writes the result.
     * If `mutate` throws, nothing is written. Returns what `mutate` returns.
     */
    update<T>(mutate: (state: ForgeState) => T | Promise<T>): Promise<T>;
    private parse;
}
export {};

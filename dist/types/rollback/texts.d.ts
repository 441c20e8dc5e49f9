/** Labels of a rollback: the PR and issue carry `rollback`; a person stops automation with `hold`. */
export interface RollbackLabels {
    rollback: string;
    hold: string;
}
export declare const DEFAULT_LABELS: Readonly<RollbackLabels>;
/** The request fields the texts quote. */
export interface RollbackSubject {
    sha: string;
    environment: string;
    reason: string;
    evidenceMarkdown: string;
    deploymentId?: number;
    /** The deploy's pull request, when there is one. */
    deployPullRequest?: number;
    /** The `Rollback-Run` trailer naming the run that writes the revert (see lock-holder.ts). */
    holderTrailer?: string;
}
/** `rollback/<sha>`: the same name in every run, which is what makes its creation a lock. */
export declare function rollbackBranch(sha: string): string;
/** The first 12 characters of a sha, as people read them. */
export declare function shortSha(sha: string): string;
/** The hidden line that identifies the rollback issue of `sha`; invisible in rendered markdown. */
export declare function issueMarker(sha: string): string;
/** The hidden line that identifies the rollback PR of `sha`. */
export declare function pullMarker(sha: string): string;
/** The trailer of the revert commit; the branch tip is "ours" when its message carries it. */
export declare function revertTrailer(sha: string): string;
/**
 * What failed, without the figures: each `; `-separated clause of the reason cut at its first
 * `label: `. A title is written once, when the PR or issue is opened, while a later run rewrites the
 * body with newer counts; a title that quoted counts would soon contradict its own body.
 */
export declare function reasonHeadline(reason: string): string;
/** Title of the rollback PR. */
export declare function pullTitle(subject: RollbackSubject): string;
/** Title of the rollback issue. */
export declare function issueTitle(subject: RollbackSubject): string;
/** The message of the revert commit (`git revert -m 1` semantics, said in its words). */
export declare function revertMessage(subject: RollbackSubject): string;
/** Body of the rollback PR: why, the evidence, the linked issue and how to stop the automation. */
export declare function pullBody(subject: RollbackSubject, labels: RollbackLabels, issue?: number): string;
/**
 * Whether an issue body says its run has not tried to open the PR yet (no PR, and no reason why
 * none could be opened): the run that opened the issue is then about to open the PR itself.
 */
export declare function awaitsFirstPullAttempt(body: string): boolean;
/** Body of the rollback issue: the same evidence, the PR to merge, or why there is none. */
export declare function issueBody(subject: RollbackSubject, labels: RollbackLabels, link: {
    pullRequest?: number;
    problem?: string;
}): string;
/** Why a revert could not be written: later commits changed the same lines. */
export declare function conflictProblem(conflicts: readonly string[], base: string): string;
/** Why there is no PR when the rollback branch holds no revert (the lock of a conflicting revert). */
export declare function lockOnlyProblem(branch: string, base: string): string;
/**
 * Whether an issue or PR text speaks of the deploy: the full sha, or a prefix of 7 or more
 * characters as people paste them. A shorter prefix would match too many unrelated texts.
 */
export declare function mentionsSha(text: string, sha: string): boolean;

import { type ProgressSink, type StepOutcome } from './steps.js';
export interface RehearsalOptions {
    /** The example repository (examples/wheels-and-wins). */
    example: string;
    /** The change the rehearsal's pull request makes (a patch `git apply` takes). */
    patch: string;
    /** Where the full report goes. */
    outDir: string;
    progress: ProgressSink;
    /** Today as YYYY-MM-DD (waiver expiry); the caller owns the clock. */
    today: string;
    /** The caller's environment: PATH and LAUNCHGATE_BROWSER find the browser of the browser smoke test. */
    env?: Record<string, string | undefined>;
    /** Keep the temporary repositories after a passing run (a failing run always keeps them). */
    keepWorkspace?: boolean;
}
export interface RehearsalResult {
    ok: boolean;
    steps: StepOutcome[];
    reportFile: string;
    workspace: string;
}
/** Runs every stage in the launch plan's order and writes the markdown report. */
export declare function runRehearsal(options: RehearsalOptions): Promise<RehearsalResult>;

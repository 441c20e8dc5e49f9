import { type ProgressSink, type StepOutcome } from './steps.js';
import type { RehearsalWorkspace } from './workspace.js';
/** Runs the four gates on the change and merges it when they all pass. */
export declare function runPullRequestGate(ws: RehearsalWorkspace, progress: ProgressSink, today: string): Promise<StepOutcome[]>;

import { ConfigurationError, type SourcePosition } from '../errors.js';
import { type Sample, type SampleSource } from './samples.js';
import type { Thresholds } from './thresholds.js';
/** A validated replay file, times in epoch milliseconds. */
export interface Replay {
    deployment: {
        sha: string;
        deployedAt: number;
    } & Record<string, unknown>;
    /** The clock of the judged run; defaults to the newest sample. */
    now: number;
    thresholds?: Partial<Thresholds>;
    sources?: SampleSource[];
    samples: Sample[];
}
/** One problem of a replay file, at a JSON path. */
export interface ReplayProblem {
    path: Array<string | number>;
    message: string;
    position: SourcePosition;
}
/** A replay file that cannot be judged; lists every problem, the first as its position. */
export declare class ReplayFileError extends ConfigurationError {
    readonly name: string;
    readonly problems: ReplayProblem[];
    constructor(problems: ReplayProblem[]);
}
/**
 * Parses and validates a replay file.
 * @param text the file's content
 * @param file the name used in messages
 * @throws ReplayFileError naming the sample index, the field, the line and the expectation
 */
export declare function parseReplay(text: string, file: string): Replay;

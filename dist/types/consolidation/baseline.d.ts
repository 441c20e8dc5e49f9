import type { Violation } from './types.js';
/** One known violation. */
export interface BaselineEntry {
    concern: string;
    rule: string;
    file: string;
    symbol: string;
}
/** The identity string of a violation or baseline entry. */
export declare function identityOf(v: BaselineEntry): string;
/** Reads the baseline at `file` (absolute); a missing file is an empty baseline. */
export declare function readBaseline(file: string, shown: string): Promise<BaselineEntry[]>;
/** The baseline entries of a set of violations, de-duplicated and sorted (stable diffs). */
export declare function baselineOf(violations: Violation[]): BaselineEntry[];
/** Writes the baseline of `violations`: new ones are added and fixed ones pruned. */
export declare function writeBaseline(file: string, violations: Violation[]): Promise<BaselineEntry[]>;
/** Baseline entries whose violation is gone (fixed): pruned by the next `--update-baseline`. */
export declare function fixedEntries(entries: BaselineEntry[], violations: Violation[]): BaselineEntry[];

import type { Analyzer } from '../analyzer.js';
import type { ChangedSource } from '../change.js';
import type { FindingCandidate } from '../findings.js';
import type { LcovReport } from '../lcov.js';
/** True for a test file by its path. */
export declare function isTestFile(file: string): boolean;
/** Groups sorted line numbers into runs of consecutive lines. */
export declare function blocks(lines: readonly number[]): Array<[number, number]>;
/** Source files changed without a matching changed test. */
export declare function sourcesWithoutTests(files: readonly ChangedSource[]): FindingCandidate[];
/** Blocks of added lines that the coverage report instruments and no test executed. */
export declare function uncoveredBlocks(files: readonly ChangedSource[], coverage: LcovReport): FindingCandidate[];
export declare const coverageAnalyzer: Analyzer;

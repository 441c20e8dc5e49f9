/** Every rule of the check, applied to every concern: pure functions from the graph to violations. */
import type { Concern } from '../concerns.js';
import type { ImportGraph, Violation } from '../types.js';
/** All violations of all concerns, sorted by file, line, column, concern and rule. */
export declare function checkConcerns(concerns: Concern[], graph: ImportGraph): Violation[];

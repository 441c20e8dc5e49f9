/**
 * What init tells the user: what it found, and the steps left to do, each derived from the facts
 * and the files as written, so the report never asks for something the files do not need.
 */
import type { RepoFacts } from './detect.js';
/** One line per fact, in the order a reader checks them. */
export declare function describeFound(f: RepoFacts): string[];
/** The steps left after init, from what the written files need. */
export declare function nextSteps(f: RepoFacts): string[];

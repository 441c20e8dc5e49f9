/** `forbidden-signature`: code that re-implements a concern outside its canonical files. */
import type { Concern } from '../concerns.js';
import type { ImportGraph, Violation } from '../types.js';
/** One violation per signature occurrence in a file of the concern's scope, neither canonical nor deprecated. */
export declare function forbiddenSignatures(concern: Concern, graph: ImportGraph): Violation[];

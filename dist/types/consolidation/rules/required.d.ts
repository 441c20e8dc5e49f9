/** `missing-required-import`: files that must go through the canonical module and do not. */
import type { Concern } from '../concerns.js';
import type { ImportGraph, Violation } from '../types.js';
/**
 * One violation per file matching a rule's `files` that imports none of its targets (in any form,
 * type-only excepted: a type does not open a connection). Canonical and deprecated files and files
 * outside the concern's scope are exempt.
 */
export declare function missingRequiredImports(concern: Concern, graph: ImportGraph): Violation[];

/**
 * `deprecated-file` and `deprecated-import`: a deprecated module must not exist, and nothing may
 * import it, in any form, directly or through a barrel that re-exports it.
 */
import type { Concern } from '../concerns.js';
import type { ImportGraph, Violation } from '../types.js';
/** One `deprecated-file` violation per deprecated module still present. */
export declare function deprecatedFiles(concern: Concern, graph: ImportGraph): Violation[];
/** One `deprecated-import` violation per import (or barrel import) of a deprecated module. */
export declare function deprecatedImports(concern: Concern, graph: ImportGraph): Violation[];
/** `a, b or c` for messages. */
export declare function list(items: string[]): string;

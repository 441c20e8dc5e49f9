/**
 * Taint from request to sink in one JavaScript or TypeScript file, over oxc's AST. Each function
 * keeps the variables that hold client data (or a parameter's data, or a string built at run time)
 * in source order; a value reaching a sink of {@link callSink} becomes a {@link SinkHit} that names
 * the source, the variables it went through and the sink. Closures see their parents' variables;
 * calls carry their arguments' taint unless they sanitize. Intra-procedural by design: a
 * parameter is its own, weaker source, so helpers called from another file still count.
 */
import { type AstNode } from '../analyzers/ast.js';
import type { SinkHit } from './hits.js';
/** The hits of one parsed file. */
export declare function jsTaintHits(program: AstNode, text: string): SinkHit[];

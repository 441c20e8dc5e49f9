/**
 * Taint from request to sink in one Python file, over tree-sitter's tree: the same model as the
 * JavaScript walk (request data, a parameter's data, strings built at run time through f-strings,
 * `+`, `%` and `.format`), with Python's route shapes: FastAPI and Flask decorators make every
 * parameter request data; a Django or aiohttp view's parameters after `request` come from the URL.
 */
import type { Node } from 'web-tree-sitter';
import type { SinkHit } from './hits.js';
/** The hits of one parsed Python module. */
export declare function pyTaintHits(root: Node): SinkHit[];

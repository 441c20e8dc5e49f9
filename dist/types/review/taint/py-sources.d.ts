/**
 * Where request data enters Python handlers (Flask, Django, FastAPI/Starlette, aiohttp) and what
 * cleans it, over tree-sitter's Python tree.
 */
import type { Node } from 'web-tree-sitter';
/** `a.b.c` of an attribute chain (calls break it); undefined for other shapes. */
export declare function pyChain(node: Node): string[] | undefined;
/** Whether an attribute chain reads client data (`request.args`, `self.request.GET`). */
export declare function isPySourceChain(chain: readonly string[]): boolean;
/** Whether a call returns client data (`request.get_json()`, `await request.post()`). */
export declare function isPySourceCall(callee: readonly string[]): boolean;
/** Whether a call's result is safe whatever its arguments. */
export declare function isPySanitizer(callee: readonly string[]): boolean;
/** Decorators that make a function a route: its parameters come from the request. */
export declare const ROUTE_DECORATOR: RegExp;

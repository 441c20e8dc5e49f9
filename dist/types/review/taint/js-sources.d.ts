/**
 * Where request data enters JavaScript and TypeScript handlers: Express, Koa, Fastify, Hono,
 * Next.js route handlers and server actions, Deno.serve / Supabase edge functions, and the
 * browser's URL. Recognised by shape (`req.body.x`, `ctx.request.query`, `await request.json()`),
 * since a handler's parameters carry no types in JavaScript.
 */
import { type AstNode } from '../analyzers/ast.js';
/** `a.b.c` as `['a', 'b', 'c']` (calls in the chain break it); undefined for other shapes. */
export declare function memberChain(node: AstNode): string[] | undefined;
/**
 * Whether a member chain reads client data. `requestObjects` are the handler parameters known to
 * be requests by position (the first parameter of a route callback), whatever their name.
 */
export declare function isSourceChain(chain: readonly string[], requestObjects: ReadonlySet<string>): boolean;
/** Whether a call returns client data: `req.json()`, `c.req.query('q')`, `useSearchParams()`. */
export declare function isSourceCall(call: AstNode, requestObjects: ReadonlySet<string>): boolean;
/** Whether a call's result is safe whatever its arguments. */
export declare function isSanitizerCall(call: AstNode): boolean;

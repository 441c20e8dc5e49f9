/** Any ESTree node: a `type` plus UTF-16 `start`/`end` offsets and child fields. */
export interface AstNode {
    type: string;
    start: number;
    end: number;
    [key: string]: unknown;
}
export declare function isNode(value: unknown): value is AstNode;
/** Parses a script; undefined when it has syntax errors (ESLint reports those). */
export declare function parseScript(path: string, text: string): AstNode | undefined;
/** Visits every node depth-first; `ancestors` is root-first and excludes the node itself. */
export declare function walk(root: AstNode, visit: (node: AstNode, ancestors: readonly AstNode[]) => void): void;
export declare const FUNCTION_TYPES: Set<string>;
/** The name a call's callee ends with: `query` for `db.query(...)`, `fetch` for `fetch(...)`. */
export declare function calleeName(call: AstNode): string | undefined;
/** The object of a member call: `fs` for `fs.readFileSync(...)`. */
export declare function calleeObjectName(call: AstNode): string | undefined;

/**
 * GitHub Actions expressions: finding `${{ }}` in a string and parsing what is inside, so rules can
 * ask which contexts an expression's value flows from (`dataflow`) rather than matching text.
 * The grammar is GitHub's: literals, contexts (`a.b`, `a['b']`, `a.*`), calls, `!`, comparisons,
 * `&&`, `||`, parentheses. Offsets are relative to the expression's body so callers can place a
 * finding at the exact column of a context.
 */
/** A parsed expression node; `start`/`end` are offsets in the parsed body. */
export type Expr = {
    kind: 'literal';
    value: string | number | boolean | null;
    start: number;
    end: number;
} | {
    kind: 'context';
    parts: string[];
    computed: boolean;
    start: number;
    end: number;
} | {
    kind: 'member';
    object: Expr;
    key: string;
    start: number;
    end: number;
} | {
    kind: 'call';
    name: string;
    args: Expr[];
    start: number;
    end: number;
} | {
    kind: 'not';
    operand: Expr;
    start: number;
    end: number;
} | {
    kind: 'binary';
    op: string;
    left: Expr;
    right: Expr;
    start: number;
    end: number;
};
/** One `${{ ... }}` in a string: where it starts and ends, and the body between the braces. */
export interface Fenced {
    start: number;
    end: number;
    body: string;
    /** Offset of `body` in the string. */
    bodyStart: number;
}
/** Every fenced expression of `text`; a `}}` inside a quoted literal does not close it. */
export declare function fencedExpressions(text: string): Fenced[];
/** Parses an expression body; undefined when it is not valid expression syntax. */
export declare function parseExpression(body: string): Expr | undefined;
/**
 * The context references whose value can end up in the expression's result: `a == b` yields a
 * boolean, `a && b` yields `b` (or a falsy `a`), `format()` and `join()` carry their arguments.
 */
export declare function dataflow(expr: Expr): Array<Extract<Expr, {
    kind: 'context' | 'member';
}>>;
/** Every node of the tree, depth first. */
export declare function walk(expr: Expr): Expr[];
/** A context's dotted pattern (`github.event.issue.title`, indices as `*`). */
export declare function contextPath(expr: Extract<Expr, {
    kind: 'context';
}>): string;

/**
 * The JavaScript and TypeScript sinks of each family, matched on a call's shape: which argument
 * reaches the dangerous operation. Names alone are ambiguous (`exec` runs SQL or a shell,
 * `query` reads a request or a database), so the few ambiguous ones also look at the receiver and
 * at the static text of the argument.
 */
import { type AstNode } from '../analyzers/ast.js';
import type { SinkFamily } from './families.js';
/** A call that reaches a sink: the family, the sink as written, and the arguments that matter. */
export interface CallSink {
    family: SinkFamily;
    sink: string;
    args: AstNode[];
    /** The sink runs SQL only when the argument's static text reads as SQL (`exec`, `run`, `query` on an unknown receiver). */
    needsSqlText?: boolean;
}
/** The sink a call reaches, if any. `imports` holds the modules the file requires or imports. */
export declare function callSink(call: AstNode, imports: ReadonlySet<string>): CallSink | undefined;
/** Whether an options object literal sets `key: true`. */
export declare function hasTrueOption(options: AstNode | undefined, key: string): boolean;
/** Properties whose assignment writes HTML or navigates. */
export declare function assignmentSink(target: AstNode): {
    family: SinkFamily;
    sink: string;
} | undefined;

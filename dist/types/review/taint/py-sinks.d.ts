/**
 * The Python sinks of each family, by the callee as written (`cursor.execute`, `subprocess.run`,
 * `pickle.loads`), with the argument that reaches the dangerous operation.
 */
import type { Node } from 'web-tree-sitter';
import type { SinkFamily } from './families.js';
export interface PyCallSink {
    family: SinkFamily;
    sink: string;
    arg: Node;
    /** Runs SQL only when the argument's static text reads as SQL. */
    needsSqlText?: boolean;
    /** Reported even when nothing tainted reaches it (`yaml.load` without a safe loader). */
    always?: boolean;
}
/** Positional arguments and keyword arguments of a call. */
export declare function callArgs(call: Node): {
    positional: Node[];
    keywords: Map<string, Node>;
};
/** The sink a call reaches, given its callee chain. */
export declare function pyCallSink(call: Node, chain: readonly string[]): PyCallSink | undefined;

/**
 * Tool definition formats: OpenAI function tools, Anthropic tools, MCP `tools/list` entries and bare
 * functions. Detection looks at the keys each format requires, so a file may even mix them.
 */
import type { Tool, ToolFormat } from './types.js';
/** A definition that could not be read, with its index in the array. */
export interface ToolProblem {
    index: number;
    message: string;
    /** The tool's name when it has one (duplicates, bad schemas). */
    name?: string;
}
/**
 * Says which format a definition is in, or undefined when it is none of them.
 * @example detectFormat({ type: 'function', function: { name: 'f' } }) // 'openai'
 */
export declare function detectFormat(value: unknown): ToolFormat | undefined;
/** Why a parameter schema cannot be sent, or undefined when it is fine. Absent means "no parameters". */
export declare function schemaProblem(schema: unknown): string | undefined;
/**
 * Reads one definition into a {@link Tool}, or says what is wrong with it.
 * @param value the definition as parsed from JSON
 * @param index its position in the array, for the problem
 */
export declare function readTool(value: unknown, index: number): Tool | ToolProblem;
/**
 * Reads an array of definitions: every malformed one and every duplicate name is reported,
 * not only the first, so one run shows the whole list to fix.
 */
export declare function readTools(values: readonly unknown[]): {
    tools: Tool[];
    problems: ToolProblem[];
};
/** The format most definitions share, or `mixed`; named in reports. */
export declare function formatOfAll(tools: readonly Tool[]): ToolFormat | 'mixed' | 'none';

/**
 * The safety net: a tool the filter left out costs one more turn, not a wrong answer. Anthropic
 * requests carry every tool, the left-out ones with `defer_loading: true` (not in the prompt),
 * plus Anthropic's tool-search tool, so the model can load them; OpenAI-style requests carry a
 * small `find_tools(query)` function that the app answers locally with {@link findTools}.
 */
import type { ToolPrefilter } from './prefilter.js';
import type { PrefilterResult, Tool } from './types.js';
/** Anthropic's server-side tool search (BM25 over the deferred tools' names and descriptions). */
export declare const ANTHROPIC_TOOL_SEARCH: {
    readonly type: "tool_search_tool_bm25_20251119";
    readonly name: "tool_search_tool_bm25";
};
/** Name of the local search function offered to OpenAI-style models. */
export declare const FIND_TOOLS = "find_tools";
/** The `find_tools` function tool, in OpenAI's format. */
export declare function findToolsDefinition(limit?: number): {
    readonly type: "function";
    readonly function: {
        readonly name: "find_tools";
        readonly description: `Search the other tools of this app when none of the tools offered fits the request. Returns up to ${number} tool definitions; call one of them next.`;
        readonly parameters: {
            readonly type: "object";
            readonly properties: {
                readonly query: {
                    readonly type: "string";
                    readonly description: "What the tool should do, in a few words";
                };
            };
            readonly required: readonly ["query"];
        };
    };
};
/** A tool in Anthropic's shape (`input_schema`), from whatever format it came in. */
export declare function anthropicTool(tool: Tool): Record<string, unknown>;
/** A tool in OpenAI's function-tool shape. */
export declare function openAiTool(tool: Tool): Record<string, unknown>;
/**
 * The `tools` of an Anthropic Messages request: kept tools as they are, then every other tool
 * deferred, then the tool-search tool. Deferred tools are not rendered into the prompt.
 */
export declare function anthropicRequestTools(prefilter: ToolPrefilter, result: PrefilterResult): unknown[];
/** The `tools` of an OpenAI-style request: the kept definitions and `find_tools`. */
export declare function openAiRequestTools(result: PrefilterResult, limit?: number): unknown[];
/**
 * Answers a `find_tools` call: the best matches of the query among the tools not already sent.
 * @param sent names already in the request (they are not offered again)
 */
export declare function findTools(prefilter: ToolPrefilter, query: string, sent?: Iterable<string>, limit?: number): Tool[];
/** Prompt tokens of each request shape for one result (deferred tools are not in the prompt). */
export declare function requestShapeTokens(result: PrefilterResult, limit?: number): {
    filtered: number;
    anthropic: number;
    openai: number;
};

/**
 * The safety net: a tool the filter left out costs one more turn, not a wrong answer. Anthropic
 * requests carry every tool, the left-out ones with `defer_loading: true` (not in the prompt),
 * plus Anthropic's tool-search tool, so the model can load them; OpenAI-style requests carry a
 * small `find_tools(query)` function that the app answers locally with {@link findTools}.
 */
import type { ToolPrefilter } from './prefilter.js'
import { toolTokens } from './tokens.js'
import type { PrefilterResult, Tool } from './types.js'

/** Anthropic's server-side tool search (BM25 over the deferred tools' names and descriptions). */
export const ANTHROPIC_TOOL_SEARCH = {
  type: 'tool_search_tool_bm25_20251119',
  name: 'tool_search_tool_bm25',
} as const

/** Name of the local search function offered to OpenAI-style models. */
export const FIND_TOOLS = 'find_tools'

/** The `find_tools` function tool, in OpenAI's format. */
export function findToolsDefinition(limit = 5) {
  return {
    type: 'function',
    function: {
      name: FIND_TOOLS,
      description: `Search the other tools of this app when none of the tools offered fits the request. Returns up to ${limit} tool definitions; call one of them next.`,
      parameters: {
        type: 'object',
        properties: { query: { type: 'string', description: 'What the tool should do, in a few words' } },
        required: ['query'],
      },
    },
  } as const
}

/** A tool in Anthropic's shape (`input_schema`), from whatever format it came in. */
export function anthropicTool(tool: Tool): Record<string, unknown> {
  if (tool.format === 'anthropic') return { ...(tool.definition as Record<string, unknown>) }
  return {
    name: tool.name,
    ...(tool.description ? { description: tool.description } : {}),
    input_schema: {
      type: 'object',
      ...tool.parameters,
      ...(tool.parameters.type === 'dict' ? { type: 'object' } : {}),
    },
  }
}

/** A tool in OpenAI's function-tool shape. */
export function openAiTool(tool: Tool): Record<string, unknown> {
  if (tool.format === 'openai') return tool.definition as Record<string, unknown>
  const parameters = {
    type: 'object',
    ...tool.parameters,
    ...(tool.parameters.type === 'dict' ? { type: 'object' } : {}),
  }
  return { type: 'function', function: { name: tool.name, description: tool.description, parameters } }
}

/**
 * The `tools` of an Anthropic Messages request: kept tools as they are, then every other tool
 * deferred, then the tool-search tool. Deferred tools are not rendered into the prompt.
 */
export function anthropicRequestTools(prefilter: ToolPrefilter, result: PrefilterResult): unknown[] {
  const kept = new Set(result.tools.map((t) => t.name))
  const tools = prefilter.index.tools
  return [
    ...result.tools.map((t) => anthropicTool(tools[prefilter.index.byName.get(t.name)!]!)),
    ...tools.filter((t) => !kept.has(t.name)).map((t) => ({ ...anthropicTool(t), defer_loading: true })),
    { ...ANTHROPIC_TOOL_SEARCH },
  ]
}

/** The `tools` of an OpenAI-style request: the kept definitions and `find_tools`. */
export function openAiRequestTools(result: PrefilterResult, limit = 5): unknown[] {
  return [...result.tools.map((t) => t.definition), findToolsDefinition(limit)]
}

/**
 * Answers a `find_tools` call: the best matches of the query among the tools not already sent.
 * @param sent names already in the request (they are not offered again)
 */
export function findTools(
  prefilter: ToolPrefilter,
  query: string,
  sent: Iterable<string> = [],
  limit = 5,
): Tool[] {
  const skip = new Set(sent)
  return prefilter
    .rank(query)
    .map((i) => prefilter.index.tools[i]!)
    .filter((t) => !skip.has(t.name))
    .slice(0, limit)
}

/** Prompt tokens of each request shape for one result (deferred tools are not in the prompt). */
export function requestShapeTokens(result: PrefilterResult, limit = 5) {
  const search = toolTokens(
    {
      name: ANTHROPIC_TOOL_SEARCH.name,
      description: '',
      parameters: {},
      format: 'function',
      definition: ANTHROPIC_TOOL_SEARCH,
    },
    'json',
  )
  const find = toolTokens(
    {
      name: FIND_TOOLS,
      description: '',
      parameters: {},
      format: 'function',
      definition: findToolsDefinition(limit),
    },
    'json',
  )
  return {
    filtered: result.tokens.kept,
    anthropic: result.tokens.kept + search,
    openai: result.tokens.kept + find,
  }
}

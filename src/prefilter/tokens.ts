/**
 * Token counts of tool definitions with a real tokenizer (o200k_base, the GPT-4o/4.1/5 family's,
 * offline through `gpt-tokenizer`), of the text a provider actually puts in the prompt.
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base'
import {
  formatFunctionDefinitions,
  type ChatCompletionFunctionDefinition,
} from 'gpt-tokenizer/functionCalling'
import type { TokenCounting, Tool } from './types.js'

/**
 * What is counted: `json` is the definition's compact JSON as sent on the wire (Anthropic and MCP
 * clients pass it through); `openai-functions` is the TypeScript-like `namespace functions` text
 * OpenAI renders function tools into; `auto` picks the latter for OpenAI-format tools.
 */
export type Serialisation = 'auto' | 'json' | 'openai-functions'

/** The tokenizer every count uses. */
export const TOKENIZER = 'o200k_base (gpt-tokenizer)'

// The `namespace functions { }` wrapper is sent once per request, not once per tool.
const WRAPPER_TOKENS = countTokens(formatFunctionDefinitions([]))

function resolved(tool: Tool, serialisation: Serialisation): 'json' | 'openai-functions' {
  if (serialisation !== 'auto') return serialisation
  return tool.format === 'openai' ? 'openai-functions' : 'json'
}

/** The text counted for one tool. */
export function serialiseTool(tool: Tool, serialisation: Serialisation): string {
  if (resolved(tool, serialisation) === 'json') return JSON.stringify(tool.definition)
  const fn = { name: tool.name, description: tool.description, parameters: tool.parameters }
  try {
    return formatFunctionDefinitions([fn as ChatCompletionFunctionDefinition])
  } catch {
    // A schema the renderer cannot walk (odd nesting) is still sent: count its JSON instead.
    return JSON.stringify(tool.definition)
  }
}

// Tools are immutable once read; a benchmark re-indexes the same tool in many catalogues.
const cache = new WeakMap<Tool, Map<Serialisation, number>>()

/** Tokens one tool adds to a request. */
export function toolTokens(tool: Tool, serialisation: Serialisation = 'auto'): number {
  const cached = cache.get(tool)?.get(serialisation)
  if (cached !== undefined) return cached
  const text = serialiseTool(tool, serialisation)
  const raw = countTokens(text)
  const tokens =
    resolved(tool, serialisation) === 'openai-functions' && text.startsWith('namespace')
      ? Math.max(1, raw - WRAPPER_TOKENS)
      : raw
  const perTool = cache.get(tool) ?? new Map<Serialisation, number>()
  perTool.set(serialisation, tokens)
  cache.set(tool, perTool)
  return tokens
}

/** Names the tokenizer and serialisation, for reports. */
export function tokenCounting(tools: readonly Tool[], serialisation: Serialisation): TokenCounting {
  const used = new Set(tools.map((t) => resolved(t, serialisation)))
  const names = [...used].map((s) =>
    s === 'json' ? "the definition's JSON" : "OpenAI's namespace functions rendering",
  )
  return { tokenizer: TOKENIZER, serialisation: names.join(' + ') || "the definition's JSON" }
}

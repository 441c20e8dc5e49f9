/**
 * Token counts of tool definitions with a real tokenizer (o200k_base, the GPT-4o/4.1/5 family's,
 * offline through `gpt-tokenizer`), of the text a provider actually puts in the prompt.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { brotliDecompressSync } from 'node:zlib'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
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

/**
 * o200k's 200,000 ranks: the bundle's copy beside it (dist/o200k_base.json.br, which
 * scripts/bundle.mjs writes: brotli makes the package 0.23 MB smaller than gzip does, and
 * JSON.parse reads the array twice as fast as V8 compiles it as JavaScript, on the first count
 * rather than at import), else gpt-tokenizer's own module.
 */
function o200kRanks(): (string | number[])[] {
  const beside = new URL('./o200k_base.json.br', import.meta.url)
  if (existsSync(beside))
    return JSON.parse(brotliDecompressSync(readFileSync(beside)).toString('utf8')) as (string | number[])[]
  const own = createRequire(import.meta.url)('gpt-tokenizer/bpeRanks/o200k_base') as {
    default: (string | number[])[]
  }
  return own.default
}

// Building the encoder takes a few tenths of a second: done on the first count, not at import,
// so a run that stops before counting (a usage error, a cached report) starts fast.
let o200k: GptEncoding | undefined

/** Tokens of `text` in o200k_base; `options` as gpt-tokenizer's `countTokens` takes them. */
export function countTokens(text: string, options?: Parameters<GptEncoding['countTokens']>[1]): number {
  o200k ??= GptEncoding.getEncodingApi('o200k_base', o200kRanks)
  return o200k.countTokens(text, options)
}

// The `namespace functions { }` wrapper is sent once per request, not once per tool.
let wrapperTokens: number | undefined
const WRAPPER_TOKENS = () => (wrapperTokens ??= countTokens(formatFunctionDefinitions([])))

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
      ? Math.max(1, raw - WRAPPER_TOKENS())
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

import { GptEncoding } from 'gpt-tokenizer/GptEncoding';
import type { TokenCounting, Tool } from './types.js';
/**
 * What is counted: `json` is the definition's compact JSON as sent on the wire (Anthropic and MCP
 * clients pass it through); `openai-functions` is the TypeScript-like `namespace functions` text
 * OpenAI renders function tools into; `auto` picks the latter for OpenAI-format tools.
 */
export type Serialisation = 'auto' | 'json' | 'openai-functions';
/** The tokenizer every count uses. */
export declare const TOKENIZER = "o200k_base (gpt-tokenizer)";
/** Tokens of `text` in o200k_base; `options` as gpt-tokenizer's `countTokens` takes them. */
export declare function countTokens(text: string, options?: Parameters<GptEncoding['countTokens']>[1]): number;
/** The text counted for one tool. */
export declare function serialiseTool(tool: Tool, serialisation: Serialisation): string;
/** Tokens one tool adds to a request. */
export declare function toolTokens(tool: Tool, serialisation?: Serialisation): number;
/** Names the tokenizer and serialisation, for reports. */
export declare function tokenCounting(tools: readonly Tool[], serialisation: Serialisation): TokenCounting;

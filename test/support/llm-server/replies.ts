/**
 * Replies the local LLM server plays back: the providers' recorded response envelopes (in
 * recordings/) with the answer a test needs put inside, plus rate limits and slow answers.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One scripted HTTP answer. */
export interface ScriptedReply {
  status?: number
  headers?: Record<string, string>
  /** JSON body (serialised) or raw text (sent as is: malformed on purpose). */
  body?: unknown
  /** Wait this long before answering; a client with a shorter timeout gives up first. */
  delayMs?: number
}

const here = path.dirname(fileURLToPath(import.meta.url))

function recording(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(here, 'recordings', `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >
}

/** A recorded Chat Completions answer whose message content is `content` (any text, JSON or not). */
export function openaiAnswer(content: string): ScriptedReply {
  const body = recording('openai-chat-completion') as { choices: Array<{ message: { content: string } }> }
  body.choices[0]!.message.content = content
  return { body }
}

/** A recorded Messages answer whose forced tool call carries `input`. */
export function anthropicToolAnswer(input: unknown): ScriptedReply {
  const body = recording('anthropic-message') as { content: Array<{ input: unknown }> }
  body.content[0]!.input = input
  return { body }
}

/** A recorded Messages answer that ignored the forced tool and wrote prose instead. */
export function anthropicTextAnswer(text: string): ScriptedReply {
  const body = recording('anthropic-message')
  return { body: { ...body, content: [{ type: 'text', text }], stop_reason: 'end_turn' } }
}

/** OpenAI's recorded 429 with `retry-after` in seconds. */
export function openaiRateLimited(retryAfterSeconds: number): ScriptedReply {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining-tokens': '0' },
    body: recording('openai-rate-limit'),
  }
}

/** Anthropic's recorded 429 with `retry-after` in seconds. */
export function anthropicRateLimited(retryAfterSeconds: number): ScriptedReply {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: recording('anthropic-overloaded'),
  }
}

/** The answer `reply`, `delayMs` late. */
export function slow(reply: ScriptedReply, delayMs: number): ScriptedReply {
  return { ...reply, delayMs }
}

/** The JSON text of an answer with `findings`, as a model writes it. */
export function findingsJson(findings: unknown[]): string {
  return JSON.stringify({ findings })
}

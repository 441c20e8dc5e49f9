/**
 * The LLM pass's place in the flow: which provider reviews after the analyzers, or why none does.
 * A provider that is configured but cannot run (its key is missing, as on a fork's pull request,
 * which gets no secrets) is reported loudly, in the summary and on stderr, and the review goes on
 * with the analyzers: never a silent pass with nothing reviewed, never a failure for lack of a key.
 */
import type { ReviewLlmConfig } from '../config/sections/review.js'
import { connectLlm, isMissingKey, type LlmClient } from '../llm/index.js'
import type { ChangeSet } from './change.js'
import type { ReviewAgent, ReviewFinding } from './findings.js'
import type { LlmPassResult } from './llm/pass.js'
import type { PullRequestText } from './llm/prompts.js'

export const PROVIDERS = ['offline', 'anthropic', 'openai'] as const
export type ProviderName = (typeof PROVIDERS)[number]

/** An LLM reviewer: one agent's focused pass over the change, grounded on the analyzers' findings. */
export interface ReviewProvider {
  name: Exclude<ProviderName, 'offline'>
  model: string
  review(input: {
    agent: ReviewAgent
    change: ChangeSet
    grounding: readonly ReviewFinding[]
    pullRequest?: PullRequestText
  }): Promise<LlmPassResult>
}

/** Which provider will run, and what to tell the user when the requested one cannot. */
export interface ProviderChoice {
  requested: ProviderName
  provider?: ReviewProvider
  /** Set when the requested LLM pass does not run. */
  notice?: string
  /** The environment variable that should have held the key, when that is why. */
  missingKey?: string
}

/** What {@link chooseProvider} needs besides the name. */
export interface ProviderOptions {
  llm: ReviewLlmConfig
  model?: string
  /** Where the API key is looked up; the caller passes the environment (the CLI's, the runner's). */
  env: Readonly<Record<string, string | undefined>>
}

function reviewer(client: LlmClient, llm: ReviewLlmConfig): ReviewProvider {
  const limits = {
    tokenBudget: llm['token-budget'],
    maxRequests: llm['max-requests'],
    maxOutputTokens: llm['max-output-tokens'],
    minConfidence: llm['min-confidence'],
  }
  return {
    name: client.provider,
    model: client.model,
    // The pass (and its tokenizer, 3.4 MB of encoding tables) loads only when an LLM reviews.
    review: async (input) => (await import('./llm/pass.js')).runLlmPass({ ...input, client, limits }),
  }
}

/** Resolves the requested provider; a missing key falls back to analyzers only, with a notice. */
export function chooseProvider(requested: ProviderName, options: ProviderOptions): ProviderChoice {
  if (requested === 'offline') return { requested }
  const { llm } = options
  const client = connectLlm(
    {
      provider: requested,
      ...(options.model ? { model: options.model } : {}),
      ...(llm['base-url'] ? { baseUrl: llm['base-url'] } : {}),
      ...(llm['api-key-env'] ? { apiKeyEnv: llm['api-key-env'] } : {}),
      timeoutMs: llm['timeout-seconds'] * 1000,
      maxRetries: llm['max-retries'],
    },
    options.env,
  )
  if (isMissingKey(client)) {
    return {
      requested,
      missingKey: client.missingKey,
      notice: `LLM review with provider "${requested}" did NOT run: ${client.missingKey} is not set (pull requests from forks get no secrets). Only the deterministic analyzers reviewed this change.`,
    }
  }
  return { requested, provider: reviewer(client, llm) }
}

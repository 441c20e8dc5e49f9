/**
 * The review's settings for one run: `review` of the config file with the action's inputs on top
 * (inputs override the file; empty inputs mean "as configured"). Pure; a bad input is a
 * ConfigurationError naming the input.
 */
import { REVIEW_AGENTS, reviewLlmSchema, type ReviewLlmConfig } from '../config/sections/review.js'
import type { LaunchgateConfig } from '../config/schema.js'
import { ConfigurationError } from '../errors.js'
import { DEFAULT_KEY_ENV } from '../llm/defaults.js'
import type { ReviewAgent } from './findings.js'
import { PROVIDERS, type ProviderName } from './provider.js'

/** Raw action inputs; '' is "not given". */
export interface ReviewInputs {
  agents?: string
  provider?: string
  model?: string
  baseUrl?: string
  apiKeyEnv?: string
  minScore?: string
}

/** What a run of the review uses. */
export interface ReviewSettings {
  agents: ReviewAgent[]
  provider: ProviderName
  model?: string
  llm: ReviewLlmConfig
  minScore: number
  /** The variable the provider's key is read from (to mask it), when a provider is set. */
  apiKeyEnv?: string
}

function agentsOf(list: string): ReviewAgent[] {
  const names = list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = names.filter((n) => !(REVIEW_AGENTS as readonly string[]).includes(n))
  if (unknown.length > 0 || names.length === 0)
    throw new ConfigurationError(
      `agents: unknown agent ${unknown.join(', ') || '(none)'}; choose from ${REVIEW_AGENTS.join(', ')}`,
      { key: 'agents' },
    )
  return REVIEW_AGENTS.filter((a) => names.includes(a))
}

/** Merges the inputs over the config's `review` section. */
export function resolveReviewSettings(
  config: LaunchgateConfig['review'],
  inputs: ReviewInputs,
): ReviewSettings {
  const provider = inputs.provider || config.provider
  if (!(PROVIDERS as readonly string[]).includes(provider))
    throw new ConfigurationError(`provider: ${provider} is not one of ${PROVIDERS.join(', ')}`, {
      key: 'provider',
    })
  const llm = reviewLlmSchema.safeParse({
    ...config.llm,
    ...(inputs.baseUrl ? { 'base-url': inputs.baseUrl } : {}),
    ...(inputs.apiKeyEnv ? { 'api-key-env': inputs.apiKeyEnv } : {}),
  })
  if (!llm.success)
    throw new ConfigurationError(`base-url or api-key-env: ${llm.error.issues[0]?.message ?? 'invalid'}`, {
      key: 'llm',
    })
  const minScore = inputs.minScore ? Number(inputs.minScore) : config['min-score']
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 10)
    throw new ConfigurationError(`min-score: a number from 0 to 10, got ${inputs.minScore}`, {
      key: 'min-score',
    })
  const model = inputs.model || config.model
  const name = provider as ProviderName
  return {
    agents: inputs.agents ? agentsOf(inputs.agents) : [...config.agents],
    provider: name,
    ...(model ? { model } : {}),
    llm: llm.data,
    minScore,
    ...(name === 'offline' ? {} : { apiKeyEnv: llm.data['api-key-env'] ?? DEFAULT_KEY_ENV[name] }),
  }
}

/**
 * The LLM pass's place in the flow. This build has the deterministic analyzers only; a configured
 * provider is reported loudly (report, stderr) rather than ignored, so nobody mistakes an
 * analyzers-only review for an LLM one. The Anthropic and OpenAI adapters will implement
 * {@link ReviewProvider} and be returned here.
 */
import type { ChangeSet } from './change.js'
import type { FindingCandidate, ReviewAgent, ReviewFinding } from './findings.js'

export const PROVIDERS = ['offline', 'anthropic', 'openai'] as const
export type ProviderName = (typeof PROVIDERS)[number]

/** An LLM reviewer: one agent's focused pass over the change, grounded on the analyzers' findings. */
export interface ReviewProvider {
  name: ProviderName
  review(input: {
    agent: ReviewAgent
    change: ChangeSet
    grounding: readonly ReviewFinding[]
  }): Promise<FindingCandidate[]>
}

/** Which provider will run, and what to tell the user when the requested one cannot. */
export interface ProviderChoice {
  requested: ProviderName
  provider?: ReviewProvider
  /** Set when the requested LLM pass does not run. */
  notice?: string
}

/** Resolves the requested provider; in this build every LLM provider falls back to analyzers only. */
export function chooseProvider(requested: ProviderName): ProviderChoice {
  if (requested === 'offline') return { requested }
  return {
    requested,
    notice: `LLM review with provider "${requested}" is NOT available in this build: only the deterministic analyzers reviewed this change`,
  }
}

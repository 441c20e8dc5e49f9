/**
 * One agent's LLM pass: the change in token-budgeted chunks, one request per chunk with the
 * agent's cached system prompt, the answer validated against the findings schema, one repair
 * attempt for an answer that does not parse, then re-anchoring onto the diff. Any failure (the
 * provider down after the SDK's retries, a timeout, two malformed answers) discards the agent's LLM
 * findings with a notice: the agent is then reviewed by its analyzers only, and says so.
 */
import { describeError } from '../../errors.js'
import type { LlmClient, LlmMessage, LlmUsage } from '../../llm/port.js'
import type { ChangeSet } from '../change.js'
import type { FindingCandidate, ReviewAgent, ReviewFinding } from '../findings.js'
import { ANSWER_JSON_SCHEMA, parseAnswer, type LlmFinding } from './answer.js'
import { chunkChange } from './excerpt.js'
import { repairPrompt, systemPrompt, userPrompt, type PullRequestText } from './prompts.js'
import { reanchor, type DropReason } from './reanchor.js'

/** Limits of one agent's pass, from `review.llm`. */
export interface LlmPassLimits {
  tokenBudget: number
  maxRequests: number
  maxOutputTokens: number
  minConfidence: number
}

/** What one agent's pass produced. */
export interface LlmPassResult {
  candidates: FindingCandidate[]
  notices: string[]
  /** False when the pass was abandoned and the agent stands on its analyzers alone. */
  completed: boolean
  requests: number
  usage: LlmUsage
  dropped: Record<DropReason, number>
}

const OUTPUT = {
  name: 'report_findings',
  description: 'Report the review findings for this part of the pull request (an empty list when none).',
  schema: ANSWER_JSON_SCHEMA,
}

class MalformedAnswer extends Error {
  override readonly name: string = 'MalformedAnswer'
}

/** Runs the pass of `agent` over `change` with `client`. Never throws for provider trouble. */
export async function runLlmPass(input: {
  agent: ReviewAgent
  change: ChangeSet
  grounding: readonly ReviewFinding[]
  client: LlmClient
  limits: LlmPassLimits
  pullRequest?: PullRequestText
}): Promise<LlmPassResult> {
  const { agent, client, limits } = input
  const label = `${client.provider} (${client.model})`
  const usage: LlmUsage = { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 }
  const result: LlmPassResult = {
    candidates: [],
    notices: [],
    completed: true,
    requests: 0,
    usage,
    dropped: { 'not-in-diff': 0, 'low-confidence': 0, duplicate: 0 },
  }
  const chunks = chunkChange(input.change, limits.tokenBudget)
  const sent = chunks.slice(0, limits.maxRequests)
  if (chunks.length > sent.length) {
    const files = new Set(chunks.slice(sent.length).flatMap((c) => c.excerpts.map((e) => e.path)))
    result.notices.push(
      `${agent}: the change needs ${chunks.length} LLM requests of ${limits.tokenBudget} tokens, above review.llm.max-requests (${limits.maxRequests}); ${files.size} file(s) were reviewed by the analyzers only: ${[...files].slice(0, 5).join(', ')}`,
    )
  }
  const system = systemPrompt(agent)
  const findings: LlmFinding[] = []
  try {
    for (const [i, chunk] of sent.entries()) {
      const user = userPrompt({
        chunk,
        part: i + 1,
        parts: chunks.length,
        grounding: input.grounding,
        ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
      })
      findings.push(...(await ask(client, system, [{ role: 'user', content: user }], limits, result)))
    }
  } catch (error) {
    const why = error instanceof MalformedAnswer ? error.message : describeError(error)
    result.notices.push(
      `${agent}: LLM review by ${label} did NOT complete (${why}); this area was reviewed by the deterministic analyzers only`,
    )
    return { ...result, completed: false }
  }
  const anchored = reanchor({
    agent,
    findings,
    change: input.change,
    grounding: input.grounding.filter((f) => f.properties.agents.includes(agent)),
    minConfidence: limits.minConfidence,
    source: `llm:${client.provider}`,
  })
  return { ...result, candidates: anchored.candidates, dropped: anchored.dropped }
}

/** One request, and one repair request when the answer does not parse. */
async function ask(
  client: LlmClient,
  system: string,
  messages: LlmMessage[],
  limits: LlmPassLimits,
  result: LlmPassResult,
): Promise<LlmFinding[]> {
  const request = { system, output: OUTPUT, maxOutputTokens: limits.maxOutputTokens }
  const first = await complete(client, { ...request, messages }, result)
  const parsed = parseAnswer(first)
  if (parsed.ok) return parsed.answer.findings
  const repair: LlmMessage[] = [
    ...messages,
    { role: 'assistant', content: first.slice(0, 4000) || '(empty)' },
    { role: 'user', content: repairPrompt(parsed.problem) },
  ]
  const second = parseAnswer(await complete(client, { ...request, messages: repair }, result))
  if (second.ok) return second.answer.findings
  throw new MalformedAnswer(`the answer was malformed twice, last ${second.problem.slice(0, 200)}`)
}

async function complete(
  client: LlmClient,
  request: Parameters<LlmClient['complete']>[0],
  result: LlmPassResult,
): Promise<string> {
  result.requests++
  const answer = await client.complete(request)
  result.usage.inputTokens += answer.usage.inputTokens
  result.usage.outputTokens += answer.usage.outputTokens
  result.usage.cachedInputTokens += answer.usage.cachedInputTokens
  return answer.text
}

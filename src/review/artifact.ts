/**
 * The findings artifact: what one agent's matrix job uploads and the aggregate job downloads. A
 * versioned JSON document of the agent's collected findings (before waivers and the gate, which
 * the aggregate applies once for all). {@link mergeArtifacts} joins the seven into one collection,
 * de-duplicating across agents by fingerprint, and names the agents that sent nothing.
 */
import { readdir, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { readInputFile, REPORT_MAX_BYTES } from '../config/read-input.js'
import { REVIEW_AGENTS } from '../config/sections/review.js'
import { UserError } from '../errors.js'
import type { LlmRunSummary, ReviewCollection } from './collect.js'
import { dedupeFindings } from './dedupe.js'
import { reviewFindingSchema, type ReviewAgent, type ReviewFinding } from './findings.js'
import { PROVIDERS } from './provider.js'

/** The format tag; the aggregate refuses other versions rather than misread them. */
export const ARTIFACT_FORMAT = 'launchgate-review-findings/1'

const count = z.number().int().min(0)
const llmSummarySchema = z.object({
  provider: z.string(),
  model: z.string(),
  requests: count,
  usage: z.object({ inputTokens: count, outputTokens: count, cachedInputTokens: count }),
  findings: count,
  dropped: z.object({ 'not-in-diff': count, 'low-confidence': count, duplicate: count }),
  incomplete: z.array(z.enum(REVIEW_AGENTS)),
})

export const artifactSchema = z.strictObject({
  format: z.literal(ARTIFACT_FORMAT),
  agent: z.enum(REVIEW_AGENTS),
  base: z.string().regex(/^[0-9a-f]{40,64}$/),
  head: z.string().regex(/^[0-9a-f]{40,64}$/),
  filesChanged: count,
  findings: z.array(reviewFindingSchema),
  outsideDiff: count,
  failedAnalyzers: z.array(z.object({ name: z.string(), error: z.string() })),
  notices: z.array(z.string()),
  provider: z.object({ requested: z.enum(PROVIDERS), llm: z.boolean() }),
  llm: llmSummarySchema.optional(),
})

export type ReviewArtifact = z.output<typeof artifactSchema> & { findings: ReviewFinding[] }

/** An artifact that cannot be read or does not fit with the others (mixed versions, commits). */
export class ReviewArtifactError extends UserError {
  override readonly name: string = 'ReviewArtifactError'
}

/** One agent's collection as its artifact. */
export function toArtifact(agent: ReviewAgent, collection: ReviewCollection): ReviewArtifact {
  return {
    format: ARTIFACT_FORMAT,
    agent,
    base: collection.base,
    head: collection.head,
    filesChanged: collection.filesChanged,
    findings: collection.findings,
    outsideDiff: collection.outsideDiff,
    failedAnalyzers: collection.failedAnalyzers,
    notices: collection.notices,
    provider: collection.provider,
    ...(collection.llm ? { llm: collection.llm } : {}),
  }
}

/** Writes `<dir>/<agent>.json` and returns its path. */
export async function writeArtifact(dir: string, artifact: ReviewArtifact): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${artifact.agent}.json`)
  await writeFile(file, `${JSON.stringify(artifact, null, 2)}\n`)
  return file
}

/** Parses one artifact; `file` names it in the error. */
export function parseArtifact(text: string, file: string): ReviewArtifact {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ReviewArtifactError(`${file}: not a findings artifact (not JSON)`)
  }
  const result = artifactSchema.safeParse(json)
  if (result.success) return result.data as ReviewArtifact
  throw new ReviewArtifactError(
    `${file}: not a ${ARTIFACT_FORMAT} artifact (agent and aggregate actions of different launchgate versions?): ${z.prettifyError(result.error).split('\n').slice(0, 4).join(' ')}`,
  )
}

/**
 * Every `*.json` under `dir`, at any depth: download-artifact puts each artifact in its own folder,
 * or all in one with `merge-multiple: true`. A missing folder is no artifacts, not an error.
 */
export async function readArtifacts(dir: string): Promise<ReviewArtifact[]> {
  let entries: string[]
  try {
    entries = await readdir(dir, { recursive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const files = entries.filter((e) => e.endsWith('.json')).sort()
  return Promise.all(
    files.map(async (f) => {
      const file = path.join(dir, f)
      const text = await readInputFile(file, { what: 'review artifact', maxBytes: REPORT_MAX_BYTES })
      return parseArtifact(text, file)
    }),
  )
}

function unique<T>(items: readonly T[], key: (item: T) => string = String): T[] {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)))
}

function mergeLlm(summaries: readonly LlmRunSummary[]): LlmRunSummary | undefined {
  const [first] = summaries
  if (!first) return undefined
  const sum = (pick: (s: LlmRunSummary) => number) => summaries.reduce((n, s) => n + pick(s), 0)
  return {
    provider: first.provider,
    model: first.model,
    requests: sum((s) => s.requests),
    usage: {
      inputTokens: sum((s) => s.usage.inputTokens),
      outputTokens: sum((s) => s.usage.outputTokens),
      cachedInputTokens: sum((s) => s.usage.cachedInputTokens),
    },
    findings: sum((s) => s.findings),
    dropped: {
      'not-in-diff': sum((s) => s.dropped['not-in-diff']),
      'low-confidence': sum((s) => s.dropped['low-confidence']),
      duplicate: sum((s) => s.dropped.duplicate),
    },
    incomplete: summaries.flatMap((s) => s.incomplete),
  }
}

/** The merged collection, and the expected agents that sent no artifact. */
export interface MergedArtifacts {
  collection: ReviewCollection
  missingAgents: ReviewAgent[]
}

/**
 * Joins the agents' artifacts into one collection over `expected` agents. Findings are merged in the
 * plan's agent order, so the area a shared finding is reported in does not depend on which job
 * finished first. Artifacts of different commits, or two of one agent, are refused.
 */
export function mergeArtifacts(
  artifacts: readonly ReviewArtifact[],
  expected: readonly ReviewAgent[],
): MergedArtifacts {
  const [first] = artifacts
  if (!first) throw new ReviewArtifactError('no findings artifacts to aggregate: did every agent job fail?')
  const mixed = artifacts.find((a) => a.head !== first.head || a.base !== first.base)
  if (mixed) {
    throw new ReviewArtifactError(
      `findings of different commits: ${first.agent} reviewed ${first.base.slice(0, 12)}..${first.head.slice(0, 12)}, ${mixed.agent} ${mixed.base.slice(0, 12)}..${mixed.head.slice(0, 12)}; download only this run's artifacts`,
    )
  }
  const twice = artifacts.find((a, i) => artifacts.findIndex((b) => b.agent === a.agent) !== i)
  if (twice)
    throw new ReviewArtifactError(
      `two findings artifacts of ${twice.agent}: download only this run's artifacts`,
    )
  const ordered = [...artifacts].sort(
    (a, b) => REVIEW_AGENTS.indexOf(a.agent) - REVIEW_AGENTS.indexOf(b.agent),
  )
  const llm = mergeLlm(ordered.flatMap((a) => (a.llm ? [a.llm] : [])))
  const collection: ReviewCollection = {
    base: first.base,
    head: first.head,
    agents: [...expected],
    filesChanged: Math.max(...ordered.map((a) => a.filesChanged)),
    findings: dedupeFindings(ordered.flatMap((a) => a.findings)),
    outsideDiff: ordered.reduce((n, a) => n + a.outsideDiff, 0),
    failedAnalyzers: unique(
      ordered.flatMap((a) => a.failedAnalyzers),
      (f) => `${f.name}\0${f.error}`,
    ),
    notices: unique(ordered.flatMap((a) => a.notices)),
    provider: { requested: first.provider.requested, llm: ordered.every((a) => a.provider.llm) },
    ...(llm ? { llm } : {}),
  }
  const sent = new Set(ordered.map((a) => a.agent))
  return { collection, missingAgents: expected.filter((a) => !sent.has(a)) }
}

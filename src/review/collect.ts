/**
 * Collecting a review: read the change, run the selected agents' analyzers, anchor their hits to
 * the diff, run the LLM pass when one is configured, and de-duplicate. No waivers, scores or gate:
 * an agent's matrix job stops here and uploads this as its artifact; the aggregate job (or
 * {@link runReview} in one process) judges it.
 */
import path from 'node:path'
import picomatch from 'picomatch'
import { readOptionalInputFile, REPORT_MAX_BYTES } from '../config/read-input.js'
import { reviewLlmSchema, type ReviewLlmConfig } from '../config/sections/review.js'
import type { LlmUsage } from '../llm/port.js'
import type { AnalyzerContext } from './analyzer.js'
import { analyzersFor } from './agents.js'
import { anchorFindings } from './anchor.js'
import { readChange, type ChangeSet } from './change.js'
import { dedupeFindings } from './dedupe.js'
import { DEPENDENCY_FILE } from './deps/lockfiles.js'
import type { FindingCandidate, ReviewAgent, ReviewFinding } from './findings.js'
import { parseLcov } from './lcov.js'
import type { PullRequestText } from './llm/prompts.js'
import type { DropReason } from './llm/reanchor.js'
import { chooseProvider, type ProviderName, type ReviewProvider } from './provider.js'

/** What to review and how. */
export interface CollectOptions {
  root: string
  base: string
  head: string
  agents: readonly ReviewAgent[]
  provider: ProviderName
  /** Globs of generated or vendored files left out (bundles in dist/, lock files). */
  exclude?: readonly string[]
  /** lcov report, relative to the root (or absolute), read from the work tree when present. */
  coveragePath: string
  /** `review.llm` of the config; its defaults when absent. */
  llm?: ReviewLlmConfig
  model?: string
  /** Where the LLM provider's key is read; nothing is read from process.env behind the caller's back. */
  env?: Readonly<Record<string, string | undefined>>
  /** The pull request's title and description, for the LLM pass (fenced as untrusted). */
  pullRequest?: PullRequestText
  /** OSV's API base URL for the dependency review; api.osv.dev when absent. */
  osvUrl?: string
  /** A line as each stage ends (the CLI's stderr): a review takes seconds, and silence looks like a hang. */
  progress?: (line: string) => void
}

/** What the LLM pass did, for the summary. */
export interface LlmRunSummary {
  provider: string
  model: string
  requests: number
  usage: LlmUsage
  /** LLM findings kept after re-anchoring. */
  findings: number
  dropped: Record<DropReason, number>
  /** Agents whose pass failed and who stand on their analyzers alone. */
  incomplete: ReviewAgent[]
}

/** The findings of one review before waivers and the gate. */
export interface ReviewCollection {
  base: string
  head: string
  agents: ReviewAgent[]
  filesChanged: number
  /** De-duplicated, not yet waived or ranked. */
  findings: ReviewFinding[]
  /** Hits in changed files but outside the added lines (not counted). */
  outsideDiff: number
  failedAnalyzers: Array<{ name: string; error: string }>
  notices: string[]
  provider: { requested: ProviderName; llm: boolean }
  llm?: LlmRunSummary
}

/** The lcov report when a job produced one; a FIFO, a device or an oversized file is refused. */
async function readCoverage(root: string, coveragePath: string) {
  const text = await readOptionalInputFile(path.resolve(root, coveragePath), {
    display: coveragePath,
    what: 'coverage report',
    maxBytes: REPORT_MAX_BYTES,
  })
  return text === undefined ? undefined : parseLcov(text, root)
}

/** Drops generated and vendored files: a bundle's findings are not the author's to fix. */
function withoutExcluded(change: ChangeSet, exclude: readonly string[] = []): ChangeSet {
  if (exclude.length === 0) return change
  const excluded = picomatch([...exclude], { dot: true })
  return { ...change, files: change.files.filter((f) => !excluded(f.path)) }
}

async function runAnalyzers(context: AnalyzerContext, progress: (line: string) => void) {
  const analyzers = analyzersFor(context.agents)
  const started = Date.now()
  const results = await Promise.allSettled(
    analyzers.map(async (a) => {
      const result = await a.analyze(context).catch((error: unknown) => {
        progress(`review: ${a.name} failed after ${Date.now() - started} ms`)
        throw error
      })
      progress(`review: ${a.name} done in ${Date.now() - started} ms (${result.findings.length} hit(s))`)
      return result
    }),
  )
  const candidates: FindingCandidate[] = []
  const notices: string[] = []
  const failed: Array<{ name: string; error: string }> = []
  results.forEach((result, i) => {
    const name = (analyzers[i] as { name: string }).name
    if (result.status === 'fulfilled') {
      candidates.push(...result.value.findings)
      notices.push(...result.value.notices)
    } else {
      const error = result.reason instanceof Error ? result.reason.message : String(result.reason)
      failed.push({ name, error })
    }
  })
  return { candidates, notices, failed }
}

/** Each selected agent's LLM pass, in parallel, grounded on the analyzers' findings. */
async function runLlm(
  provider: ReviewProvider,
  change: ChangeSet,
  agents: readonly ReviewAgent[],
  grounding: readonly ReviewFinding[],
  pullRequest: PullRequestText | undefined,
  progress: (line: string) => void,
) {
  const started = Date.now()
  const passes = await Promise.all(
    agents.map(async (agent) => {
      const pass = await provider.review({
        agent,
        change,
        grounding,
        ...(pullRequest ? { pullRequest } : {}),
      })
      progress(`review: ${agent} LLM pass done in ${Date.now() - started} ms (${pass.requests} request(s))`)
      return pass
    }),
  )
  const summary: LlmRunSummary = {
    provider: provider.name,
    model: provider.model,
    requests: 0,
    usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 },
    findings: 0,
    dropped: { 'not-in-diff': 0, 'low-confidence': 0, duplicate: 0 },
    incomplete: [],
  }
  passes.forEach((pass, i) => {
    summary.requests += pass.requests
    for (const k of ['inputTokens', 'outputTokens', 'cachedInputTokens'] as const)
      summary.usage[k] += pass.usage[k]
    for (const k of Object.keys(pass.dropped) as DropReason[]) summary.dropped[k] += pass.dropped[k]
    if (!pass.completed) summary.incomplete.push(agents[i] as ReviewAgent)
  })
  return {
    candidates: passes.flatMap((p) => p.candidates),
    notices: passes.flatMap((p) => p.notices),
    summary,
  }
}

/** Reviews the change between `base` and `head` of the repository at `root`, up to the findings. */
export async function collectReview(options: CollectOptions): Promise<ReviewCollection> {
  const selected = new Set(options.agents)
  const choice = chooseProvider(options.provider, {
    llm: options.llm ?? reviewLlmSchema.parse({}),
    ...(options.model ? { model: options.model } : {}),
    env: options.env ?? {},
  })
  const notices = choice.notice ? [choice.notice] : []
  const full = await readChange(options.root, options.base, options.head)
  const change = withoutExcluded(full, options.exclude)
  const progress = options.progress ?? (() => undefined)
  progress(
    `review: ${change.files.length} changed file(s) from ${change.base.slice(0, 12)} to ${change.head.slice(0, 12)}, agents ${[...selected].join(', ')}`,
  )
  // Lockfiles are excluded from the other analyzers and the LLM pass, not from the dependency review.
  const dependencyFiles = full.files.filter((f) => DEPENDENCY_FILE.test(f.path) && !change.files.includes(f))
  const context: AnalyzerContext = {
    change,
    agents: selected,
    dependencyFiles,
    ...(options.osvUrl ? { osvUrl: options.osvUrl } : {}),
  }
  if (selected.has('testing-automation-expert')) {
    const coverage = await readCoverage(options.root, options.coveragePath)
    if (coverage) context.coverage = coverage
  }
  const analyzed = await runAnalyzers(context, progress)
  notices.push(...analyzed.notices)
  if (change.files.length === 0) notices.push('no files changed between base and head: nothing to review')
  const anchored = anchorFindings(
    analyzed.candidates,
    { ...change, files: [...change.files, ...dependencyFiles] },
    selected,
  )
  let findings = anchored.findings
  let llm: LlmRunSummary | undefined
  if (choice.provider && change.files.length > 0) {
    const agents = options.agents.filter((a) => selected.has(a))
    progress(
      `review: LLM pass (${choice.provider.name}, ${choice.provider.model}) for ${agents.length} agent(s)`,
    )
    const pass = await runLlm(choice.provider, change, agents, findings, options.pullRequest, progress)
    const llmAnchored = anchorFindings(pass.candidates, change, selected)
    findings = [...findings, ...llmAnchored.findings]
    notices.push(...pass.notices)
    llm = { ...pass.summary, findings: llmAnchored.findings.length }
  }
  return {
    base: change.base,
    head: change.head,
    agents: [...options.agents],
    filesChanged: change.files.length,
    findings: dedupeFindings(findings),
    outsideDiff: anchored.outsideDiff,
    failedAnalyzers: analyzed.failed,
    notices,
    provider: { requested: choice.requested, llm: choice.provider !== undefined },
    ...(llm ? { llm } : {}),
  }
}

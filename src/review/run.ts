/**
 * The review use case: read the change, run the selected agents' analyzers, anchor their hits to
 * the diff, de-duplicate, apply waivers, score each area and gate. All I/O is here and in
 * change.ts; every decision is a pure function in its own file. The CLI and (later) the agent and
 * aggregate actions call {@link runReview}.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { AnalyzerContext } from './analyzer.js'
import { anchorFindings } from './anchor.js'
import { analyzersFor } from './agents.js'
import picomatch from 'picomatch'
import { readAtCommit, readChange, type ChangeSet } from './change.js'
import { dedupeFindings, rankFindings } from './dedupe.js'
import type { FindingCandidate, ReviewAgent, ReviewFinding } from './findings.js'
import { decideGate, type GateResult } from './gate.js'
import { parseLcov } from './lcov.js'
import { chooseProvider, type ProviderName } from './provider.js'
import { scoreAreas } from './score.js'
import { applyWaivers, parseWaivers, type WaivedFinding, type Waiver } from './waivers.js'

/** What to review and how. */
export interface ReviewOptions {
  root: string
  base: string
  head: string
  agents: readonly ReviewAgent[]
  provider: ProviderName
  minScore: number
  /** Waivers file, relative to the root, read at `head`. */
  waiversPath: string
  /** Globs of generated or vendored files left out (bundles in dist/, lock files). */
  exclude?: readonly string[]
  /** lcov report, relative to the root (or absolute), read from the work tree when present. */
  coveragePath: string
  /** Today as `YYYY-MM-DD`, for waiver expiry; the caller owns the clock. */
  today: string
}

/** Everything the review found and decided. */
export interface ReviewOutcome {
  base: string
  head: string
  agents: ReviewAgent[]
  filesChanged: number
  /** Open findings, ranked. */
  findings: ReviewFinding[]
  waived: WaivedFinding[]
  expiredWaivers: Waiver[]
  refusedWaivers: Waiver[]
  /** Hits in changed files but outside the added lines (not counted). */
  outsideDiff: number
  scores: Record<ReviewAgent, number>
  gate: GateResult
  provider: { requested: ProviderName; llm: boolean }
  /** Things the reader must know: the LLM pass did not run, a tool was skipped, a file did not parse. */
  notices: string[]
}

async function readCoverage(root: string, coveragePath: string) {
  try {
    return parseLcov(await readFile(path.resolve(root, coveragePath), 'utf8'), root)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Drops generated and vendored files: a bundle's findings are not the author's to fix. */
function withoutExcluded(change: ChangeSet, exclude: readonly string[] = []): ChangeSet {
  if (exclude.length === 0) return change
  const excluded = picomatch([...exclude], { dot: true })
  return { ...change, files: change.files.filter((f) => !excluded(f.path)) }
}

/** Reviews the change between `base` and `head` of the repository at `root`. */
export async function runReview(options: ReviewOptions): Promise<ReviewOutcome> {
  const selected = new Set(options.agents)
  const provider = chooseProvider(options.provider)
  const notices = provider.notice ? [provider.notice] : []
  const change = withoutExcluded(await readChange(options.root, options.base, options.head), options.exclude)
  const context: AnalyzerContext = { change, agents: selected }
  if (selected.has('testing-automation-expert')) {
    const coverage = await readCoverage(options.root, options.coveragePath)
    if (coverage) context.coverage = coverage
  }
  const analyzers = analyzersFor(selected)
  const results = await Promise.allSettled(analyzers.map((a) => a.analyze(context)))
  const candidates: FindingCandidate[] = []
  const failedAnalyzers: Array<{ name: string; error: string }> = []
  results.forEach((result, i) => {
    const name = (analyzers[i] as { name: string }).name
    if (result.status === 'fulfilled') {
      candidates.push(...result.value.findings)
      notices.push(...result.value.notices)
    } else {
      failedAnalyzers.push({
        name,
        error: result.reason instanceof Error ? result.reason.message : String(result.reason),
      })
    }
  })
  if (change.files.length === 0) notices.push('no files changed between base and head: nothing to review')
  const anchored = anchorFindings(candidates, change, selected)
  const waiverText = await readAtCommit(options.root, change.head, options.waiversPath)
  const waivers = waiverText === undefined ? [] : parseWaivers(waiverText, options.waiversPath)
  const outcome = applyWaivers(dedupeFindings(anchored.findings), waivers, options.today)
  const scores = scoreAreas(outcome.open, options.agents)
  for (const w of outcome.refused)
    notices.push(`waiver ${w.fingerprint} ignored: a CRITICAL finding cannot be waived`)
  for (const w of outcome.expired)
    notices.push(`waiver ${w.fingerprint} expired on ${w.expires}; its finding counts again`)
  return {
    base: change.base,
    head: change.head,
    agents: [...options.agents],
    filesChanged: change.files.length,
    findings: rankFindings(outcome.open),
    waived: outcome.waived,
    expiredWaivers: outcome.expired,
    refusedWaivers: outcome.refused,
    outsideDiff: anchored.outsideDiff,
    scores,
    gate: decideGate({ findings: outcome.open, scores, minScore: options.minScore, failedAnalyzers }),
    provider: { requested: provider.requested, llm: provider.provider !== undefined },
    notices,
  }
}

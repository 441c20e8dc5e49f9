/**
 * The PR gate of the rehearsal, as the pull_request workflow runs it: the config check, the
 * consolidation check against the base branch, the prefilter benchmark against the base, and
 * the seven reviews; each updates its section of the one PR gate comment on the local forge's pull
 * request. When every
 * gate passes, the pull request is merged into staging.
 */
import { describeConfig } from '../config/check.js'
import { loadConfig } from '../config/load.js'
import { runConsolidation } from '../consolidation/run.js'
import { upsertGateSection } from '../github/gate-comment-writer.js'
import { benchmarkAtRef } from '../prefilter/benchmark-at-ref.js'
import { benchmarkSources } from '../prefilter/benchmark-sources.js'
import { pullRequestReport } from '../prefilter/pull-request.js'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gateSection } from '../report/gate-section.js'
import type { Report } from '../report/types.js'
import { reviewReport } from '../review/report.js'
import { runReview } from '../review/run.js'
import { runStep, type ProgressSink, type StepOutcome } from './steps.js'
import type { RehearsalWorkspace } from './workspace.js'

/** Runs the four gates on the change and merges it when they all pass. */
export async function runPullRequestGate(
  ws: RehearsalWorkspace,
  progress: ProgressSink,
  today: string,
): Promise<StepOutcome[]> {
  const { config } = await loadConfig({ root: ws.work })
  const base = 'staging'
  const comment = async (report: Report) => {
    // One writer at a time here: nothing to wait for before checking the section.
    await upsertGateSection(ws.forge, ws.pullNumber, gateSection(report), { settleMs: 0 })
    return { ok: report.ok, headline: report.title, report }
  }
  const steps: StepOutcome[] = []
  steps.push(
    await runStep('config', progress, () =>
      comment(describeConfig({ config, file: '.github/launchgate.yml' })),
    ),
  )
  steps.push(
    await runStep('consolidation', progress, async () =>
      comment(
        await runConsolidation({ root: ws.work, config: config.consolidation, since: base, cacheDir: false }),
      ),
    ),
  )
  steps.push(
    await runStep('prefilter', progress, async () => {
      const p = config.prefilter
      const read = (file: string) => readFile(path.join(ws.work, file), 'utf8')
      const head = benchmarkSources(
        { text: await read(p.tools!), name: p.tools! },
        { text: await read(p.cases!), name: p.cases! },
        p,
      )
      const before = await benchmarkAtRef(ws.work, base, undefined)
      return comment(pullRequestReport(head, before.benchmark, before.note))
    }),
  )
  steps.push(
    await runStep('review (7 agents)', progress, async () => {
      const minScore = config.review['min-score']
      const outcome = await runReview({
        root: ws.work,
        base,
        head: 'HEAD',
        agents: config.review.agents,
        provider: 'offline',
        minScore,
        waiversPath: config.review.waivers,
        exclude: config.review.exclude,
        coveragePath: config.review.coverage,
        today,
      })
      return comment(reviewReport(outcome, minScore))
    }),
  )
  if (steps.every((s) => s.ok)) {
    steps.push(
      await runStep('merge into staging', progress, async () => {
        const merged = await ws.forge.mergeBranches({
          base,
          head: ws.branch,
          message: `Merge pull request #${ws.pullNumber} from ${ws.branch}`,
        })
        const ok = merged.status === 'merged'
        return {
          ok,
          headline: ok
            ? `staging is at ${merged.status === 'merged' ? merged.sha.slice(0, 7) : ''}`
            : merged.status,
        }
      }),
    )
  }
  return steps
}

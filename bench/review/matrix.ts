/**
 * The matrix's wall time, modelled: every case is reviewed once per agent, alone, as each matrix job
 * does; the seven jobs run in parallel on separate runners, so a PR waits for the slowest agent (the
 * max of the per-agent times), where one runner reviewing them in turn would take their sum. Both
 * come from the same measurements in the same run. Module loading (ESLint, the Postgres parser) is
 * warm here; each real job pays it once more at its start.
 */
import { REVIEW_AGENTS } from '../../src/config/sections/review.js'
import type { ReviewAgent } from '../../src/review/findings.js'
import { collectReview } from '../../src/review/run.js'
import { createTempRepo } from '../../test/support/git-repos.js'
import type { BenchCase } from './cases.js'

/** The figures of {@link measureMatrix}, in milliseconds. */
export interface MatrixFigures {
  /** Σ over PRs of the slowest agent: the matrix's wall time. */
  parallel: number
  /** Σ over PRs of all agents in turn: one runner doing the seven jobs' work. */
  sequential: number
  /** Each agent's time over all PRs. */
  perAgent: Record<ReviewAgent, number>
  /** How often each agent was the slowest of a PR. */
  slowest: Record<ReviewAgent, number>
}

const zeros = () => Object.fromEntries(REVIEW_AGENTS.map((a) => [a, 0])) as Record<ReviewAgent, number>

/** Reviews each case's `after` (markers stripped by `files`) once per agent and times each. */
export async function measureMatrix(
  cases: ReadonlyArray<{ bench: BenchCase; files: Record<string, string> }>,
): Promise<MatrixFigures> {
  const figures: MatrixFigures = { parallel: 0, sequential: 0, perAgent: zeros(), slowest: zeros() }
  for (const { bench, files } of cases) {
    const repo = await createTempRepo({ files: { 'README.md': '# app\n', ...(bench.before ?? {}) } })
    try {
      const base = await repo.sha()
      const head = await repo.commit(bench.id, files)
      await repo.writeFiles(bench.workTree ?? {})
      const times = new Map<ReviewAgent, number>()
      for (const agent of REVIEW_AGENTS) {
        const started = performance.now()
        await collectReview({
          root: repo.dir,
          base,
          head,
          agents: [agent],
          provider: 'offline',
          coveragePath: 'coverage/lcov.info',
        })
        times.set(agent, performance.now() - started)
      }
      const values = [...times.values()]
      const max = Math.max(...values)
      figures.parallel += max
      figures.sequential += values.reduce((a, b) => a + b, 0)
      for (const [agent, ms] of times) figures.perAgent[agent] += ms
      const slowest = [...times].find(([, ms]) => ms === max)?.[0]
      if (slowest) figures.slowest[slowest]++
    } finally {
      await repo.cleanup()
    }
  }
  return figures
}

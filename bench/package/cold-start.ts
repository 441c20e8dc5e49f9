/**
 * An action's cold start: `node dist/<name>.js` under the runner's contract with no inputs beyond
 * its metadata's defaults, in an empty workspace, until it exits (a usage error or a no-op run).
 * The median of several runs, so one slow spawn on a shared machine does not decide it.
 */
import { performance } from 'node:perf_hooks'
import { runBundledAction } from '../../test/support/runner.js'

export interface ColdStart {
  action: string
  medianMs: number
  runsMs: number[]
  /** The exit code of the last run (1: the action failed for lack of a repository or a token). */
  code: number | null
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)
}

/** Runs `dist/<action>.js` `runs` times and times each run from spawn to exit. */
export async function coldStart(action: string, runs: number): Promise<ColdStart> {
  const runsMs: number[] = []
  let code: number | null = null
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const run = await runBundledAction(action, { timeoutMs: 30_000 })
    runsMs.push(Math.round(performance.now() - started))
    code = run.code
  }
  return { action, medianMs: median(runsMs), runsMs, code }
}

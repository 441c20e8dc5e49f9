/**
 * An action's cold start: `node dist/<name>.js` under the runner's contract with no inputs beyond
 * its metadata's defaults, in an empty workspace, until it exits (a usage error or a no-op run).
 * The median of several runs, so one slow spawn on a shared machine does not decide it. With a
 * second checkout (`--against <dir>`, its dist/ built), the two run in turn, so both see the same
 * load: on a shared machine that, not the order of two separate runs, makes them comparable.
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { runBundledAction } from '../../test/support/runner.js'

export interface ColdStart {
  action: string
  medianMs: number
  runsMs: number[]
  /** The exit code of the last run (1: the action failed for lack of a repository or a token). */
  code: number | null
  /** The same action of the `--against` checkout, run in turn with this one. */
  against?: { medianMs: number; runsMs: number[]; code: number | null }
}

type RunAction = typeof runBundledAction

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)
}

/** The runner of another checkout (its test/support/runner.ts runs its own dist/). */
export async function runnerOf(checkout: string): Promise<RunAction> {
  const url = pathToFileURL(path.resolve(checkout, 'test/support/runner.ts')).href
  return ((await import(url)) as { runBundledAction: RunAction }).runBundledAction
}

async function timed(run: RunAction, action: string): Promise<{ ms: number; code: number | null }> {
  const started = performance.now()
  const { code } = await run(action, { timeoutMs: 30_000 })
  return { ms: Math.round(performance.now() - started), code }
}

/** Runs `dist/<action>.js` `runs` times (and the other checkout's in turn) and times each run. */
export async function coldStart(action: string, runs: number, against?: RunAction): Promise<ColdStart> {
  const own = { runsMs: [] as number[], code: null as number | null }
  const other = { runsMs: [] as number[], code: null as number | null }
  for (let i = 0; i < runs; i++) {
    if (against) {
      const t = await timed(against, action)
      other.runsMs.push(t.ms)
      other.code = t.code
    }
    const t = await timed(runBundledAction, action)
    own.runsMs.push(t.ms)
    own.code = t.code
  }
  return {
    action,
    medianMs: median(own.runsMs),
    runsMs: own.runsMs,
    code: own.code,
    ...(against
      ? { against: { medianMs: median(other.runsMs), runsMs: other.runsMs, code: other.code } }
      : {}),
  }
}

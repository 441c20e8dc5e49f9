/**
 * The rehearsal's steps and their progress lines. A step is a named async function returning a
 * report; the runner times it, prints a line as it starts and ends, and keeps the report.
 */
import type { Report } from '../report/types.js'

export interface StepOutcome {
  name: string
  ok: boolean
  /** One line for the progress list. */
  headline: string
  ms: number
  report?: Report
}

/** Where progress goes (stderr in the CLI, so stdout stays the final summary). */
export type ProgressSink = (line: string) => void

/** Runs one step, printing `-> name` then `ok|FAIL name (time): headline`. */
export async function runStep(
  name: string,
  progress: ProgressSink,
  body: () => Promise<{ ok: boolean; headline: string; report?: Report }>,
  now: () => number = Date.now,
): Promise<StepOutcome> {
  progress(`-> ${name}`)
  const started = now()
  const result = await body()
  const ms = now() - started
  progress(`${result.ok ? 'ok  ' : 'FAIL'} ${name} (${formatMs(ms)}): ${result.headline}`)
  return { name, ms, ...result }
}

/** `850 ms` or `1.2 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

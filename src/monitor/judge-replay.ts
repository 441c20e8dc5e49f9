/**
 * The replay use case: a recorded window judged offline, exactly as a live run would judge it, for
 * post-mortems and for tuning thresholds. Pure: the caller reads the file and the config.
 */
import { ExitCode } from '../errors.js'
import type { Report } from '../report/types.js'
import { decide } from './decide.js'
import { parseReplay } from './replay.js'
import { monitorReport } from './report.js'
import { mergeThresholds, type Thresholds } from './thresholds.js'
import type { Decision, MonitorDecision } from './verdict.js'

export interface ReplayRun {
  result: MonitorDecision
  report: Report
  exitCode: number
}

/** Exit codes of the monitor: 0 healthy, 1 rollback, 3 inconclusive (2 is a bad input, raised as an error). */
export function exitCodeOf(decision: Decision): number {
  if (decision === 'healthy') return ExitCode.ok
  return decision === 'rollback' ? ExitCode.gateFailed : ExitCode.inconclusive
}

/**
 * Judges a replay file.
 * @param text the replay file's content
 * @param file its name, for messages
 * @param base thresholds before the file's own (the plan's, or the config file's)
 * @param options `charts` draws the window as mermaid charts (markdown output)
 * @throws ReplayFileError for a file that is not valid JSON or not a valid replay
 */
export function judgeReplay(
  text: string,
  file: string,
  base: Thresholds,
  options: { charts?: boolean } = {},
): ReplayRun {
  const replay = parseReplay(text, file)
  const thresholds = mergeThresholds(base, replay.thresholds)
  const result = decide({
    deployedAt: replay.deployment.deployedAt,
    now: replay.now,
    samples: replay.samples,
    thresholds,
    sources: replay.sources,
  })
  const report = monitorReport({
    result,
    deployment: replay.deployment,
    now: replay.now,
    thresholds,
    charts: options.charts,
  })
  return { result, report, exitCode: exitCodeOf(result.decision) }
}

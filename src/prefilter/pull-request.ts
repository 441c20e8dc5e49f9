/**
 * The prefilter's verdict on a pull request: the head's benchmark against its gates, and the
 * comparison with the base branch. Pure: both benchmarks are computed by the caller.
 */
import type { Report } from '../report/types.js'
import type { BenchmarkOfSources } from './benchmark-sources.js'
import { compareBenchmarks } from './compare.js'

/**
 * One report for the PR: it fails when the head misses a gate or regresses against the base.
 * @param base the base branch's benchmark, undefined when the base has no registry or cases yet
 * @param baseNote why there is no base figure, shown in the report (e.g. the ref was not fetched)
 */
export function pullRequestReport(
  head: BenchmarkOfSources,
  base: BenchmarkOfSources | undefined,
  baseNote?: string,
): Report {
  const comparison = compareBenchmarks(base?.run.figures, head.run.figures)
  const ok = head.report.ok && comparison.ok
  const gateWord = head.report.ok ? 'gates passed' : 'gates failed'
  return {
    capability: 'prefilter',
    title: `${comparison.title}; ${gateWord}`,
    ok,
    findings: [...comparison.findings, ...head.report.findings],
    sections: [
      {
        title: 'Base vs head',
        ...(baseNote ? { text: baseNote } : {}),
        ...(comparison.sections?.[0]?.table ? { table: comparison.sections[0].table } : {}),
      },
      ...(head.report.sections ?? []),
    ],
    data: { ...head.report.data, base: base?.run.figures ?? null, regression: !comparison.ok },
  }
}

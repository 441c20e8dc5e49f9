/**
 * Base branch vs head: the PR comparison table of two benchmark runs and the regression verdict.
 * Pure; the action feeds it the `data` of two `prefilter bench --format json` runs.
 */
import type { Finding, Report } from '../report/types.js'
import type { BenchmarkFigures } from './metrics.js'
import { pct } from '../util/percent.js'

/** What counts as a regression; completeness and core tools may not drop at all by default. */
export interface RegressionTolerance {
  /** Allowed drop of completeness (share, e.g. 0.01 = one point). */
  completeness: number
  /** Allowed drop of mean token reduction (share). */
  tokenReduction: number
}

export const DEFAULT_TOLERANCE: RegressionTolerance = { completeness: 0, tokenReduction: 0.01 }

const signed = (x: number, unit: string, digits = 1) => `${x > 0 ? '+' : ''}${x.toFixed(digits)}${unit}`

/**
 * The regressions of the head against the base: the decision, apart from how it is shown.
 * @returns one HIGH finding per regression (completeness, core tools, token reduction)
 */
export function findRegressions(
  base: BenchmarkFigures,
  head: BenchmarkFigures,
  tolerance: RegressionTolerance = DEFAULT_TOLERANCE,
): Finding[] {
  const findings: Finding[] = []
  const regress = (rule: string, message: string) => findings.push({ rule, severity: 'HIGH', message })
  if (head.completeness < base.completeness - tolerance.completeness) {
    regress(
      'prefilter-completeness-regression',
      `completeness fell from ${pct(base.completeness)} to ${pct(head.completeness)}`,
    )
  }
  if (head.coreKept < base.coreKept) {
    regress(
      'prefilter-core-regression',
      `core tools kept fell from ${pct(base.coreKept)} to ${pct(head.coreKept)}`,
    )
  }
  if (head.tokenReduction.mean < base.tokenReduction.mean - tolerance.tokenReduction) {
    regress(
      'prefilter-token-regression',
      `mean token reduction fell from ${pct(base.tokenReduction.mean)} to ${pct(head.tokenReduction.mean)}`,
    )
  }
  return findings
}

/** The comparison table: every figure side by side, or the head's alone without a base. */
export function comparisonRows(base: BenchmarkFigures | undefined, head: BenchmarkFigures): string[][] {
  if (!base) {
    return [
      ['tokens per request', '', `${head.tokensPerRequest.before} -> ${head.tokensPerRequest.after}`, ''],
      ['token reduction (mean)', '', pct(head.tokenReduction.mean), ''],
      ['completeness', '', pct(head.completeness), ''],
      ['core tools kept', '', pct(head.coreKept), ''],
    ]
  }
  const count = (metric: string, b: number, h: number) => [metric, `${b}`, `${h}`, signed(h - b, '', 0)]
  const share = (metric: string, b: number, h: number) => [
    metric,
    pct(b),
    pct(h),
    signed((h - b) * 100, ' pt'),
  ]
  return [
    count('tokens per request (all tools)', base.tokensPerRequest.before, head.tokensPerRequest.before),
    count('tokens per request (filtered)', base.tokensPerRequest.after, head.tokensPerRequest.after),
    share('token reduction (mean)', base.tokenReduction.mean, head.tokenReduction.mean),
    share('completeness', base.completeness, head.completeness),
    share('tool recall', base.toolRecall, head.toolRecall),
    share('core tools kept', base.coreKept, head.coreKept),
    count('cases', base.cases, head.cases),
  ]
}

/**
 * Compares the benchmark of the base branch with the head's.
 * @param base figures of the base branch, or undefined when it has no benchmark yet
 * @param head figures of the PR's head
 * @returns a report whose `ok` is false on a regression (completeness, core tools, token reduction)
 */
export function compareBenchmarks(
  base: BenchmarkFigures | undefined,
  head: BenchmarkFigures,
  tolerance: RegressionTolerance = DEFAULT_TOLERANCE,
): Report {
  const findings = base ? findRegressions(base, head, tolerance) : []
  const ok = findings.length === 0
  const title = !base
    ? `Prefilter: ${pct(head.tokenReduction.mean)} fewer tool tokens, ${pct(head.completeness)} complete (no base benchmark to compare)`
    : ok
      ? `Prefilter: no regression (${pct(head.tokenReduction.mean)} fewer tool tokens, ${pct(head.completeness)} complete)`
      : `Prefilter regressed: ${findings.map((f) => f.message).join('; ')}`
  return {
    capability: 'prefilter',
    title,
    ok,
    findings,
    sections: [
      {
        title: 'Tool prefilter: base vs head',
        table: { columns: ['metric', 'base', 'head', 'change'], rows: comparisonRows(base, head) },
      },
    ],
    data: { base: base ?? null, head, regression: !ok },
  }
}

/**
 * Tests of the change (testing-automation-expert):
 * - `changed-lines-uncovered` (LOW): added lines the lcov report instruments but no test ran,
 *   one finding per contiguous block, when a report is present.
 * - `source-without-test` (LOW): a changed source file whose test (same base name, `.test.` or
 *   `.spec.`, or under `__tests__/`) did not change with it.
 */
import path from 'node:path'
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { isScript } from '../analyzer.js'
import type { ChangedSource } from '../change.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import type { LcovReport } from '../lcov.js'

const AGENTS: readonly ReviewAgent[] = ['testing-automation-expert']

const TEST_FILE = /(?:^|\/)(?:__tests__|tests?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/
// Config, scripts, stories and declarations are not code a unit test is expected for.
const NOT_SOURCE =
  /(?:^|\/)(?:\.github|scripts|bench|examples|migrations|supabase|dist|build|coverage)\/|\.(?:config|stories|d)\.[cm]?[jt]sx?$|(?:^|\/)(?:eslint|jest|vite|vitest|next|tailwind|postcss|webpack|rollup)\.config\.[cm]?[jt]s$/

/** True for a test file by its path. */
export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file)
}

/** `Button` for `src/ui/Button.tsx` and `src/ui/Button.test.tsx` alike. */
function baseName(file: string): string {
  return path.posix
    .basename(file)
    .replace(/\.(?:test|spec)(?=\.)/, '')
    .replace(/\.[^.]+$/, '')
}

/** Groups sorted line numbers into runs of consecutive lines. */
export function blocks(lines: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const n of lines) {
    const last = out[out.length - 1]
    if (last && n === last[1] + 1) last[1] = n
    else out.push([n, n])
  }
  return out
}

/** Source files changed without a matching changed test. */
export function sourcesWithoutTests(files: readonly ChangedSource[]): FindingCandidate[] {
  const tested = new Set(
    files.filter((f) => isTestFile(f.path) && f.status !== 'deleted').map((f) => baseName(f.path)),
  )
  return files
    .filter(
      (f) => f.status !== 'deleted' && isScript(f.path) && !isTestFile(f.path) && !NOT_SOURCE.test(f.path),
    )
    .filter((f) => f.addedLines.length > 0 && !tested.has(baseName(f.path)))
    .map((f) => ({
      rule: 'source-without-test',
      agents: AGENTS,
      severity: 'LOW' as const,
      title: 'Changed source without a changed test',
      message: `${f.path} changed but no ${baseName(f.path)}.test/spec file changed with it`,
      file: f.path,
      line: f.addedLines[0] as number,
      confidence: 0.7,
      source: 'launchgate',
      suggestedFix: `add or update a test for ${baseName(f.path)} in this PR`,
    }))
}

/** Blocks of added lines that the coverage report instruments and no test executed. */
export function uncoveredBlocks(files: readonly ChangedSource[], coverage: LcovReport): FindingCandidate[] {
  const hits: FindingCandidate[] = []
  for (const file of files) {
    const lines = coverage.get(file.path)
    if (!lines || isTestFile(file.path)) continue
    const missed = file.addedLines.filter((n) => lines.get(n) === 0)
    for (const [from, to] of blocks(missed)) {
      hits.push({
        rule: 'changed-lines-uncovered',
        agents: AGENTS,
        severity: 'LOW',
        title: 'Changed lines not covered by tests',
        message: `${to - from + 1} changed line${to > from ? 's' : ''} (${from}-${to}) ran in no test of the coverage report`,
        file: file.path,
        line: from,
        endLine: to,
        confidence: 0.9,
        source: 'lcov',
        suggestedFix: 'add a test that exercises these lines',
      })
    }
  }
  return hits
}

export const coverageAnalyzer: Analyzer = {
  name: 'coverage',
  agents: AGENTS,
  async analyze({ change, coverage }): Promise<AnalyzerResult> {
    const findings = sourcesWithoutTests(change.files)
    if (coverage) findings.push(...uncoveredBlocks(change.files, coverage))
    return {
      findings,
      notices: coverage ? [] : ['coverage: no lcov report found; changed-line coverage not checked'],
    }
  },
}

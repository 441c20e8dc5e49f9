/**
 * Dependency review: versions a change adds or upgrades in a lockfile or manifest, checked against
 * OSV. A version with advisories is a finding at the advisory's severity (GitHub's rating when
 * OSV carries it). When OSV cannot be reached the review says so with a finding on the lockfile:
 * a check that did not run is never a silent pass. Anchor: actions/dependency-review-action.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { readAtCommit } from '../change.js'
import { changedPackages, DEPENDENCY_FILE, type PinnedPackage } from '../deps/lockfiles.js'
import { queryOsv, OSV_URL } from '../deps/osv.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor', 'devops-engineer']
const RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const

export const dependenciesAnalyzer: Analyzer = {
  name: 'dependencies',
  agents: AGENTS,
  async analyze({ change, osvUrl, dependencyFiles = [] }): Promise<AnalyzerResult> {
    const files = [...change.files, ...dependencyFiles].filter(
      (f) => DEPENDENCY_FILE.test(f.path) && f.content !== undefined,
    )
    const changed: Array<{ file: string; pkg: PinnedPackage }> = []
    for (const f of files) {
      const base = await readAtCommit(change.root, change.base, f.path)
      for (const pkg of changedPackages(f.path, base, f.content as string))
        changed.push({ file: f.path, pkg })
    }
    if (changed.length === 0) return { findings: [], notices: [] }
    let advisories
    try {
      advisories = await queryOsv(
        osvUrl ?? OSV_URL,
        changed.map((c) => c.pkg),
      )
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const findings: FindingCandidate[] = files.map((f) => ({
        rule: 'dependency-review-did-not-run',
        agents: AGENTS,
        severity: 'MEDIUM',
        title: 'Dependency review did not run',
        message: `${changed.filter((c) => c.file === f.path).length} added or upgraded packages were not checked for known vulnerabilities: ${reason.slice(0, 200)}`,
        file: f.path,
        line: changed.find((c) => c.file === f.path)?.pkg.line ?? 1,
        confidence: 1,
        source: 'osv',
        suggestedFix: 'run the review where api.osv.dev is reachable, or check the packages by hand',
      }))
      return {
        findings,
        notices: [`dependencies: OSV could not be reached; ${changed.length} packages not checked`],
      }
    }
    const findings: FindingCandidate[] = []
    for (const { file, pkg } of changed) {
      const found = advisories.get(`${pkg.name}@${pkg.version}`) ?? []
      if (found.length === 0) continue
      const worst = [...found].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0]!
      findings.push({
        rule: 'vulnerable-dependency',
        agents: AGENTS,
        severity: worst.severity,
        title: 'Dependency with known vulnerabilities',
        message: `${pkg.name}@${pkg.version} (${pkg.ecosystem}) has ${found.length} known advisories: ${found
          .map((a) => `${a.id} (${a.severity}) ${a.summary}`)
          .join('; ')
          .slice(0, 300)}`,
        file,
        line: pkg.line,
        confidence: 0.95,
        source: 'osv',
        suggestedFix: 'upgrade to a version the advisories list as fixed',
      })
    }
    return { findings, notices: [] }
  },
}

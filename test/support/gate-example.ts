/** The input of the README's PR gate comment example, rendered (see test/report-gate-readme.test.ts). */
import { renderGateComment } from '../../src/report/gate-comment.js'
import { gateSection, pendingSection } from '../../src/report/gate-section.js'
import type { Report } from '../../src/report/types.js'

const head = { repository: 'acme/wheels', sha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432' }

/** The example's input: a passing consolidation, a failing review, a prefilter job still running. */
export function exampleComment(): string {
  const untested = (file: string) => ({
    rule: 'testing/untested-change',
    severity: 'LOW' as const,
    message: 'changed source without a changed test',
    file,
    line: 1,
  })
  const review: Report = {
    capability: 'review',
    title: 'Gate failed: 1 CRITICAL not waived; lowest score 6.5/10 (security)',
    ok: false,
    findings: [
      {
        rule: 'security/sql-injection',
        severity: 'CRITICAL',
        message: 'req.query.id reaches cursor.execute without a parameter',
        file: 'backend/api/trips.py',
        line: 12,
        endLine: 14,
      },
      {
        rule: 'performance/n-plus-one',
        severity: 'MEDIUM',
        message: 'a query per trip inside the loop',
        file: 'backend/api/trips.py',
        line: 40,
      },
      untested('src/hooks/useTrips.ts'),
      untested('src/hooks/usePam.ts'),
      untested('src/lib/format.ts'),
    ],
    sections: [
      {
        title: 'Scores by area',
        table: {
          columns: ['area', 'score'],
          rows: [
            ['security', 6.5],
            ['performance', 8.5],
            ['testing', 9],
          ],
        },
      },
    ],
  }
  const consolidation: Report = {
    capability: 'consolidation',
    title: '3 concerns hold: one implementation each',
    ok: true,
    findings: [],
  }
  return renderGateComment([
    gateSection(consolidation, { head }),
    gateSection(review, { head }),
    pendingSection('prefilter'),
  ])
}

/** The single PR gate comment: reasons first, links to the lines at the head, LOW folded, one section per job. */
import { describe, expect, it } from '@jest/globals'
import {
  GATE_MARKER,
  parseGateComment,
  renderGateComment,
  upsertGateComment,
} from '../src/report/gate-comment.js'
import { lineUrl } from '../src/report/gate-links.js'
import { gateSection, pendingSection } from '../src/report/gate-section.js'
import type { Finding, Report } from '../src/report/types.js'

const SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const head = { repository: 'acme/wheels', sha: SHA }

const lows: Finding[] = Array.from({ length: 10 }, (_, i) => ({
  rule: 'testing/untested-change',
  severity: 'LOW',
  message: 'changed source without a changed test',
  file: `src/lib/m${i}.ts`,
  line: 1,
}))

const review: Report = {
  capability: 'review',
  title: 'Gate failed: 1 CRITICAL, 1 HIGH not waived',
  ok: false,
  findings: [
    ...lows,
    {
      rule: 'security/sql-injection',
      severity: 'CRITICAL',
      message: 'query built from req.query.id',
      file: 'backend/api/trips.py',
      line: 12,
      endLine: 14,
    },
    {
      rule: 'performance/n-plus-one',
      severity: 'HIGH',
      message: 'x'.repeat(2000),
      file: 'src/hooks/use trips.ts',
      line: 40,
    },
  ],
  sections: [{ title: 'Scores', table: { columns: ['area', 'score'], rows: [['security', 4]] } }],
}
const consolidation: Report = {
  capability: 'consolidation',
  title: 'One implementation per concern',
  ok: true,
  findings: [],
}

describe('lineUrl', () => {
  it('links a finding to its lines at the head commit, encoded, and refuses paths out of the repository', () => {
    expect(
      lineUrl({ rule: 'r', severity: 'LOW', message: 'm', file: 'a/b.ts', line: 3, endLine: 5 }, head),
    ).toBe(`https://github.com/acme/wheels/blob/${SHA}/a/b.ts#L3-L5`)
    expect(
      lineUrl({ rule: 'r', severity: 'LOW', message: 'm', file: 'src/use trips.ts', line: 7 }, head),
    ).toBe(`https://github.com/acme/wheels/blob/${SHA}/src/use%20trips.ts#L7`)
    expect(
      lineUrl({ rule: 'r', severity: 'LOW', message: 'm', file: '../etc/passwd', line: 1 }, head),
    ).toBeUndefined()
    expect(
      lineUrl(
        { rule: 'r', severity: 'LOW', message: 'm', file: 'x.ts' },
        { ...head, serverUrl: 'https://ghe.acme.io/' },
      ),
    ).toBe(`https://ghe.acme.io/acme/wheels/blob/${SHA}/x.ts`)
  })
})

describe('gateSection', () => {
  const section = gateSection(review, { head })

  it('gives the blocking findings as reasons, most severe first, each linked to its lines', () => {
    const lines = section.reasons.split('\n')
    expect(section.status).toBe('failed')
    expect(lines[0]).toBe('- ❌ **review**: Gate failed: 1 CRITICAL, 1 HIGH not waived')
    expect(lines[1]).toBe(
      `  - CRITICAL \`security/sql-injection\` at [backend/api/trips.py:12](https://github.com/acme/wheels/blob/${SHA}/backend/api/trips.py#L12-L14): query built from req.query.id`,
    )
    expect(lines[2]).toMatch(
      /^ {2}- HIGH `performance\/n-plus-one` at \[src\/hooks\/use trips\.ts:40\]\(.*use%20trips\.ts#L40\)/,
    )
    expect(lines).toHaveLength(3)
  })

  it('folds LOW findings into one count per rule, and clips long messages', () => {
    expect(section.details).toContain('<details><summary>10 LOW/INFO findings in 1 rule</summary>')
    expect(section.details).toMatch(
      /\| `testing\/untested-change` \| 10 \| \[src\/lib\/m0\.ts:1\]\(.*\), \[.*\), \[.*\), \+7 \|/,
    )
    expect(section.details.split('\n').filter((l) => l.startsWith('| LOW'))).toEqual([])
    const highRow = section.details.split('\n').find((l) => l.startsWith('| HIGH'))!
    expect(highRow.length).toBeLessThan(600)
    expect(highRow).toContain('…')
    expect(section.details).toContain('<details><summary>Scores</summary>')
  })
})

describe('the gate comment', () => {
  it('puts the verdict and every reason before any capability details', () => {
    const body = renderGateComment([
      gateSection(consolidation, { head }),
      gateSection(review, { head }),
      pendingSection('prefilter'),
    ])
    expect(body.startsWith(`<!-- ${GATE_MARKER} -->\n## ❌ launchgate PR gate fails: review\n`)).toBe(true)
    expect(body.indexOf('security/sql-injection')).toBeLessThan(body.indexOf('<details>'))
    expect(body).toContain('✅ consolidation · ⏳ prefilter · ❌ review')
    expect(body.match(/<!-- launchgate:details /g)).toHaveLength(3)
  })

  it('lets each job replace its own section and keeps the others as they were', () => {
    let body = upsertGateComment(undefined, pendingSection('review'))
    expect(body).toContain('## ⏳ launchgate PR gate: waiting for review')
    body = upsertGateComment(body, gateSection(consolidation, { head }))
    body = upsertGateComment(body, gateSection(review, { head }))
    expect(body).toContain('## ❌ launchgate PR gate fails: review')
    const consolidationPart =
      /<!-- launchgate:details consolidation[\s\S]*?<!-- \/launchgate:details consolidation -->/.exec(
        body,
      )![0]
    // The review is fixed: its section passes, its reasons go, consolidation's part is untouched.
    body = upsertGateComment(
      body,
      gateSection({ ...review, ok: true, title: 'Gate passed', findings: lows }, { head }),
    )
    expect(body).toContain('## ✅ launchgate PR gate passes')
    expect(body).not.toContain('launchgate:reasons review')
    expect(body).toContain(consolidationPart)
    expect(body.match(new RegExp(`<!-- ${GATE_MARKER} -->`, 'g'))).toHaveLength(1)
    expect(parseGateComment(body).map((s) => [s.capability, s.status])).toEqual([
      ['consolidation', 'passed'],
      ['review', 'passed'],
    ])
  })

  it('reads back what it wrote, even when a capability quotes the markers or a pipe', () => {
    const hostile: Report = {
      ...review,
      findings: [
        {
          rule: 'r|x',
          severity: 'HIGH',
          message: 'a | b <!-- /launchgate:details review --> c',
          file: 'a.ts',
          line: 1,
        },
      ],
      sections: [{ title: 'Raw', text: '```\n<!-- /launchgate:details review -->\n```' }],
    }
    const section = gateSection(hostile, { head })
    const body = renderGateComment([section, gateSection(consolidation)])
    const parsed = parseGateComment(body)
    expect(parsed.map((s) => s.capability).sort()).toEqual(['consolidation', 'review'])
    expect(renderGateComment(parsed)).toBe(body)
    const row = body.split('\n').find((l) => l.startsWith('| HIGH'))!
    expect(row.split(/(?<!\\)\|/).length).toBe(6)
  })

  it('fits GitHub’s limit by replacing the longest details with a pointer, never the reasons', () => {
    const huge: Report = {
      ...review,
      findings: Array.from({ length: 3000 }, (_, i) => ({
        rule: `rule-${i}`,
        severity: 'LOW' as const,
        message: 'm'.repeat(40),
        file: `f${i}.ts`,
        line: i + 1,
      })),
    }
    const body = renderGateComment([gateSection(huge, { head }), gateSection(consolidation)], {
      maxChars: 20_000,
      fullReportUrl: 'https://github.com/acme/wheels/actions/runs/1',
    })
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(body).toContain('launchgate:reasons review')
    expect(body).toContain('[full report](https://github.com/acme/wheels/actions/runs/1)')
  })
})

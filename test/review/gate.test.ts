/** Scoring, de-duplication, waivers and the gate: pure decisions over plain findings. */
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { dedupeFindings, rankFindings } from '../../src/review/dedupe.js'
import {
  validateFinding,
  type ReviewAgent,
  type ReviewFinding,
  type ReviewSeverity,
} from '../../src/review/findings.js'
import { decideGate } from '../../src/review/gate.js'
import { areaScore, scoreAreas } from '../../src/review/score.js'
import { applyWaivers, parseWaivers } from '../../src/review/waivers.js'

let n = 0
function finding(
  severity: ReviewSeverity,
  agents: ReviewAgent[] = ['code-reviewer'],
  fp?: string,
): ReviewFinding {
  n++
  return validateFinding({
    rule: `rule-${n}`,
    severity,
    title: 't',
    message: 'm',
    file: 'src/a.ts',
    line: n,
    endLine: n,
    fingerprint: fp ?? n.toString(16).padStart(32, '0'),
    properties: { agent: agents[0], agents, confidence: 0.9, evidence: 'x', source: 'test' },
  })
}

describe('findings schema', () => {
  it('rejects a finding without a fingerprint or with an unknown agent', () => {
    expect(() => validateFinding({ ...finding('LOW'), fingerprint: 'nope' })).toThrow(/fingerprint/)
    const bad = finding('LOW')
    expect(() => validateFinding({ ...bad, properties: { ...bad.properties, agent: 'intern' } })).toThrow(
      /agent/,
    )
  })
})

describe('score', () => {
  it('is 10 minus weighted severities, floored at 0', () => {
    expect(areaScore([])).toBe(10)
    expect(areaScore([finding('HIGH')])).toBe(7)
    expect(areaScore([finding('MEDIUM'), finding('LOW'), finding('LOW')])).toBe(8.5)
    expect(areaScore([finding('CRITICAL'), finding('HIGH')])).toBe(0)
  })

  it('lets LOW findings take at most one point: the plan defers them to after the launch', () => {
    const lows = Array.from({ length: 12 }, () => finding('LOW'))
    expect(areaScore(lows.slice(0, 2))).toBe(9.5)
    expect(areaScore(lows)).toBe(9)
    expect(areaScore([finding('MEDIUM'), finding('MEDIUM'), ...lows])).toBe(7)
  })

  it('counts a finding in every area that reports it', () => {
    const scores = scoreAreas(
      [finding('HIGH', ['security-auditor', 'database-architect'])],
      ['security-auditor', 'database-architect', 'code-reviewer'],
    )
    expect(scores).toEqual({ 'security-auditor': 7, 'database-architect': 7, 'code-reviewer': 10 })
  })
})

describe('dedupe and ranking', () => {
  it('merges one fingerprint reported by two agents, keeping the most severe copy', () => {
    const fp = 'a'.repeat(32)
    const merged = dedupeFindings([
      finding('MEDIUM', ['database-architect'], fp),
      finding('HIGH', ['security-auditor'], fp),
      finding('LOW'),
    ])
    expect(merged).toHaveLength(2)
    expect(merged[0]).toMatchObject({
      severity: 'HIGH',
      properties: { agent: 'database-architect', agents: ['database-architect', 'security-auditor'] },
    })
  })

  it('ranks most severe first', () => {
    expect(
      rankFindings([finding('LOW'), finding('CRITICAL'), finding('MEDIUM')]).map((f) => f.severity),
    ).toEqual(['CRITICAL', 'MEDIUM', 'LOW'])
  })
})

describe('waivers', () => {
  const high = finding('HIGH')
  const critical = finding('CRITICAL')
  const waiver = (fingerprint: string, expires: string) => ({
    fingerprint,
    reason: 'vendor fix pending',
    expires,
  })

  it('waive a HIGH until the end of its expiry day, and no longer', () => {
    expect(applyWaivers([high], [waiver(high.fingerprint, '2025-06-01')], '2025-06-01')).toMatchObject({
      open: [],
      waived: [{ finding: high }],
    })
    const late = applyWaivers([high], [waiver(high.fingerprint, '2025-05-31')], '2025-06-01')
    expect(late.open).toEqual([high])
    expect(late.expired).toHaveLength(1)
  })

  it('never waive a CRITICAL', () => {
    const out = applyWaivers([critical], [waiver(critical.fingerprint, '2099-01-01')], '2025-06-01')
    expect(out.open).toEqual([critical])
    expect(out.refused).toHaveLength(1)
  })

  it('parse the file and point at the line of a mistake', () => {
    const fp = 'b'.repeat(32)
    expect(
      parseWaivers(`waivers:\n  - fingerprint: ${fp}\n    reason: ok\n    expires: 2025-07-01\n`, 'w.yml'),
    ).toEqual([{ fingerprint: fp, reason: 'ok', expires: '2025-07-01' }])
    let error: unknown
    try {
      parseWaivers(`waivers:\n  - fingerprint: ${fp}\n    reason: ok\n    expires: next week\n`, 'w.yml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).message).toMatch(/^w\.yml:4:\d+: waivers\.0\.expires/)
  })
})

describe('gate', () => {
  const scores = { 'code-reviewer': 10 }
  it('passes with only LOW and MEDIUM findings while every area stays above min-score', () => {
    const findings = [finding('MEDIUM'), finding('LOW')]
    expect(
      decideGate({
        findings,
        scores: scoreAreas(findings, ['code-reviewer']),
        minScore: 8,
        failedAnalyzers: [],
      }),
    ).toEqual({ passed: true, reasons: [] })
  })

  it('fails on a CRITICAL, an open HIGH, a low score and an analyzer that did not run', () => {
    const findings = [finding('CRITICAL'), finding('HIGH')]
    const gate = decideGate({
      findings,
      scores: scoreAreas(findings, ['code-reviewer']),
      minScore: 8,
      failedAnalyzers: [{ name: 'eslint', error: 'boom' }],
    })
    expect(gate.passed).toBe(false)
    expect(gate.reasons).toHaveLength(4)
    expect(gate.reasons.join('\n')).toMatch(
      /1 CRITICAL[\s\S]*1 HIGH[\s\S]*code-reviewer scores 0\/10[\s\S]*analyzer eslint failed/,
    )
  })

  it('requires a score strictly above min-score', () => {
    expect(
      decideGate({
        findings: [],
        scores: { ...scores, 'devops-engineer': 8 },
        minScore: 8,
        failedAnalyzers: [],
      }).passed,
    ).toBe(false)
  })
})

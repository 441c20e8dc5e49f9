import { describe, expect, it } from '@jest/globals'
import {
  emitAnnotations,
  planAnnotations,
  type AnnotationLevel,
  type AnnotationProperties,
  type AnnotationSink,
} from '../src/report/annotations.js'
import type { Finding, Severity } from '../src/report/types.js'

function many(severity: Severity, n: number, file = 'src/a.ts'): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: `r-${severity}`,
    severity,
    message: `${severity} ${i}`,
    file,
    line: i + 1,
  }))
}

function recorder(): AnnotationSink & { calls: Array<[AnnotationLevel, string, AnnotationProperties]> } {
  const calls: Array<[AnnotationLevel, string, AnnotationProperties]> = []
  return {
    calls,
    error: (m, p) => calls.push(['error', m, p]),
    warning: (m, p) => calls.push(['warning', m, p]),
    notice: (m, p) => calls.push(['notice', m, p]),
  }
}

const levels = (calls: Array<[AnnotationLevel, ...unknown[]]>, level: AnnotationLevel) =>
  calls.filter(([l]) => l === level).length

describe('planAnnotations', () => {
  const findings = [...many('LOW', 30), ...many('MEDIUM', 3), ...many('HIGH', 20), ...many('CRITICAL', 5)]

  it('keeps within 10 per level and reserves a notice for the omission note', () => {
    const plan = planAnnotations(findings)
    const count = (level: AnnotationLevel) => plan.annotations.filter((a) => a.level === level).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 3, 9])
    expect(plan.omitted).toEqual({ error: 15, warning: 0, notice: 21 })
  })

  it('chooses the most severe first, deterministically whatever the input order', () => {
    const plan = planAnnotations(findings)
    const errors = plan.annotations.filter((a) => a.level === 'error').map((a) => a.message)
    expect(errors.slice(0, 5)).toEqual(['CRITICAL 0', 'CRITICAL 1', 'CRITICAL 2', 'CRITICAL 3', 'CRITICAL 4'])
    expect(errors.slice(5)).toEqual(['HIGH 0', 'HIGH 1', 'HIGH 2', 'HIGH 3', 'HIGH 4'])
    expect(planAnnotations([...findings].reverse())).toEqual(plan)
  })

  it('honours a total cap', () => {
    const plan = planAnnotations(findings, { total: 12 })
    expect(plan.annotations).toHaveLength(11)
    expect(plan.annotations.map((a) => a.level)).toEqual([...Array(10).fill('error'), 'warning'])
  })

  it('reserves nothing when everything fits', () => {
    const plan = planAnnotations(many('LOW', 10))
    expect(plan.annotations).toHaveLength(10)
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('sends columns only for single-line ranges and omits positions below 1', () => {
    const [one, span, none] = planAnnotations([
      { rule: 'a', severity: 'HIGH', message: 'one', file: 'x.ts', line: 2, column: 3, endColumn: 9 },
      {
        rule: 'b',
        severity: 'HIGH',
        message: 'span',
        file: 'x.ts',
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 1,
      },
      { rule: 'c', severity: 'HIGH', message: 'none', file: 'y.ts', line: 0, column: 0, title: 'T' },
    ]).annotations
    expect(one?.properties).toEqual({
      title: 'a',
      file: 'x.ts',
      startLine: 2,
      endLine: 2,
      startColumn: 3,
      endColumn: 9,
    })
    expect(span?.properties).toEqual({ title: 'b', file: 'x.ts', startLine: 4, endLine: 6 })
    expect(none?.properties).toEqual({ title: 'c: T', file: 'y.ts' })
  })
})

describe('emitAnnotations', () => {
  it('emits the plan and one notice naming how many were omitted and where to look', () => {
    const sink = recorder()
    emitAnnotations(planAnnotations([...many('HIGH', 25), ...many('INFO', 12)]), sink)
    expect(levels(sink.calls, 'error')).toBe(10)
    expect(levels(sink.calls, 'notice')).toBe(10)
    const last = sink.calls.at(-1)
    expect(last?.[0]).toBe('notice')
    expect(last?.[1]).toMatch(/^18 more findings were not annotated \(15 errors, 3 notices\).*job summary/)
  })

  it('adds no notice when nothing was omitted', () => {
    const sink = recorder()
    emitAnnotations(planAnnotations(many('MEDIUM', 2)), sink)
    expect(sink.calls.map(([l, m]) => [l, m])).toEqual([
      ['warning', 'MEDIUM 0'],
      ['warning', 'MEDIUM 1'],
    ])
  })
})

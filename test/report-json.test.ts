import { describe, expect, it } from '@jest/globals'
import { renderJson } from '../src/report/json.js'
import type { Report } from '../src/report/types.js'

const report: Report = {
  capability: 'deploy',
  title: 'Deployed',
  ok: true,
  findings: [
    {
      rule: 'slow',
      severity: 'LOW',
      message: 'took 9 minutes',
      properties: { minutes: 9 },
      file: 'x.ts',
      line: 1,
    },
  ],
  data: { url: 'https://app.example', durationMs: 540000 },
}

describe('renderJson', () => {
  it('is exactly one JSON document ending with one newline', () => {
    const out = renderJson(report)
    expect(out.endsWith('}\n')).toBe(true)
    expect(out.endsWith('\n\n')).toBe(false)
    const doc = JSON.parse(out)
    expect(doc).toMatchObject({
      capability: 'deploy',
      ok: true,
      title: 'Deployed',
      url: 'https://app.example',
    })
    expect(doc.findings).toHaveLength(1)
  })

  it('puts the report keys first, then data keys sorted, and finding keys in a fixed order', () => {
    const doc = JSON.parse(renderJson(report))
    expect(Object.keys(doc)).toEqual(['capability', 'ok', 'title', 'findings', 'durationMs', 'url'])
    expect(Object.keys(doc.findings[0])).toEqual([
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'properties',
    ])
    const reordered = renderJson({ ...report, data: { durationMs: 540000, url: 'https://app.example' } })
    expect(reordered).toBe(renderJson(report))
  })

  it('lifts the finding properties a report names to the top of each finding, never over a base key', () => {
    const lifted: Report = {
      capability: 'review',
      title: 't',
      ok: false,
      findingFields: ['agent', 'rule'],
      findings: [
        {
          rule: 'missing-rls',
          severity: 'CRITICAL',
          message: 'm',
          properties: { agent: 'security-auditor', rule: 'x' },
        },
      ],
    }
    const doc = JSON.parse(renderJson(lifted)) as { findings: Array<Record<string, unknown>> }
    expect(Object.keys(doc.findings[0]!)[0]).toBe('agent')
    expect(doc.findings[0]).toMatchObject({ agent: 'security-auditor', rule: 'missing-rls' })
    expect(doc.findings[0]!.properties).toEqual({ agent: 'security-auditor', rule: 'x' })
    // Without findingFields nothing is lifted.
    const plainDoc = JSON.parse(renderJson({ ...lifted, findingFields: undefined })) as typeof doc
    expect(plainDoc.findings[0]!.agent).toBeUndefined()
  })

  it('never lets data clobber ok or findings', () => {
    const doc = JSON.parse(
      renderJson({ ...report, ok: false, data: { ok: true, findings: [], title: 'x', extra: 1 } }),
    )
    expect(doc.ok).toBe(false)
    expect(doc.findings).toHaveLength(1)
    expect(doc.title).toBe('Deployed')
    expect(doc.extra).toBe(1)
  })

  it('serialises values JSON.stringify would choke on', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' }
    cyclic.self = cyclic
    const out = renderJson({
      ...report,
      data: {
        big: 10n,
        cyclic,
        when: new Date(0),
        error: new Error('boom'),
        gone: undefined,
        nan: Number.NaN,
      },
    })
    const doc = JSON.parse(out)
    expect(doc.big).toBe('10')
    expect(doc.cyclic).toEqual({ name: 'loop', self: '[Circular]' })
    expect(doc.when).toBe('1970-01-01T00:00:00.000Z')
    expect(doc.error).toEqual({ name: 'Error', message: 'boom' })
    expect('gone' in doc).toBe(false)
    expect(doc.nan).toBeNull()
  })

  it('keeps a message with quotes, newlines and control characters intact', () => {
    const message = 'a "quoted"\nline\u0000 </script>'
    const doc = JSON.parse(renderJson({ ...report, findings: [{ rule: 'r', severity: 'INFO', message }] }))
    expect(doc.findings[0].message).toBe(message)
  })
})

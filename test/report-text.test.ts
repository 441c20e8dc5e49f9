import { describe, expect, it } from '@jest/globals'
import { render } from '../src/report/index.js'
import { renderJson } from '../src/report/json.js'
import { renderText } from '../src/report/text.js'
import type { Report } from '../src/report/types.js'

const report: Report = {
  capability: 'prefilter',
  title: 'Two problems block the release',
  ok: false,
  findings: [
    { rule: 'no-eval', severity: 'LOW', message: 'eval is slow', file: 'src/b.ts', line: 9, column: 2 },
    {
      rule: 'missing-rls',
      severity: 'CRITICAL',
      message: 'no row-level security',
      file: 'db/schema.sql',
      line: 3,
    },
    {
      rule: 'no-eval',
      severity: 'HIGH',
      message: 'eval of user input',
      file: 'src/b.ts',
      line: 2,
      column: 14,
    },
    { rule: 'summary', severity: 'INFO', message: 'scanned 12 files' },
  ],
  sections: [
    {
      title: 'Tools',
      text: 'Ran the prefilter tools.',
      table: {
        columns: ['tool', 'findings'],
        rows: [
          ['eslint', 2],
          ['semgrep-long-name', 1],
        ],
      },
    },
  ],
}

describe('renderText', () => {
  const out = renderText(report)
  const lines = out.split('\n')

  it('starts with PASS or FAIL and the counts', () => {
    expect(lines[0]).toBe('FAIL  prefilter: Two problems block the release')
    expect(lines[1]).toBe('4 findings (1 CRITICAL, 1 HIGH, 1 LOW, 1 INFO)')
    expect(renderText({ ...report, ok: true, findings: [], sections: [] })).toMatch(
      /^PASS {2}prefilter: .*\nno findings\n$/,
    )
  })

  it('prints findings as file:line:col  SEVERITY  rule  message, grouped by file in line order', () => {
    const start = lines.indexOf('Findings') + 2
    expect(lines.slice(start)).toEqual([
      'db/schema.sql:3  CRITICAL  missing-rls  no row-level security',
      '',
      'src/b.ts:2:14    HIGH      no-eval      eval of user input',
      'src/b.ts:9:2     LOW       no-eval      eval is slow',
      '',
      '(no file)        INFO      summary      scanned 12 files',
      '',
    ])
  })

  it('aligns table columns', () => {
    const header = lines.find((l) => l.startsWith('tool'))
    const row = lines.find((l) => l.startsWith('semgrep-long-name'))
    expect(header?.indexOf('findings')).toBe(row?.indexOf('1'))
    expect(lines).toContain('-----------------  --------')
  })

  it('shows terminal control characters escaped instead of sending them', () => {
    const text = renderText({
      ...report,
      findings: [{ rule: 'x', severity: 'LOW', message: 'red \u001b[31m text\u202e' }],
    })
    expect(text).not.toContain('\u001b')
    expect(text).not.toContain('\u202e')
    expect(text).toContain('red \\u{1b}[31m text\\u{202e}')
  })

  it('indents the continuation lines of a multi-line message', () => {
    const text = renderText({
      ...report,
      findings: [{ rule: 'x', severity: 'LOW', message: 'first\nsecond', file: 'a.ts', line: 1 }],
    })
    expect(text).toContain('a.ts:1  LOW  x  first\n                second\n')
  })
})

describe('render', () => {
  it('dispatches every format to its renderer', () => {
    const tool = { name: 'launchgate', version: '0.0.0' }
    expect(render(report, 'text', { tool })).toBe(renderText(report))
    expect(render(report, 'json', { tool })).toBe(renderJson(report))
    expect(render(report, 'markdown', { tool })).toContain('## ❌ Failed')
    expect(JSON.parse(render(report, 'sarif', { tool })).version).toBe('2.1.0')
  })
})

describe('text tables with a very long cell', () => {
  it('clip a long cell before the last column so no row is padded to its width; the last column stays whole', () => {
    const symbols = Array.from({ length: 400 }, (_, i) => `symbol${i}`).join(', ')
    const text = renderText({
      capability: 'consolidation',
      title: 'audit',
      ok: true,
      findings: [],
      sections: [
        {
          title: 'Audit',
          table: {
            columns: ['module', 'symbols', 'note'],
            rows: [
              ['a.js', symbols, `the whole note ${symbols}`],
              ['b.js', 'x', 'short'],
            ],
          },
        },
      ],
    })
    const lines = text.split('\n')
    const b = lines.find((l) => l.startsWith('b.js'))!
    expect(b.length).toBeLessThan(100)
    const a = lines.find((l) => l.startsWith('a.js'))!
    expect(a).toContain('symbol0, symbol1')
    expect(a).toContain('…')
    expect(a).toContain(`the whole note ${symbols}`)
    expect(text.length).toBeLessThan(symbols.length * 1.5)
  })
})

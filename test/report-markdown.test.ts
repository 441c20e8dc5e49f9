import { describe, expect, it } from '@jest/globals'
import { COMMENT_MAX_CHARS } from '../src/report/budget.js'
import { markerComment, renderMarkdown } from '../src/report/markdown.js'
import type { Finding, Report } from '../src/report/types.js'

const base: Report = { capability: 'review', title: 'Review', ok: false, findings: [] }

function finding(i: number, extra: Partial<Finding> = {}): Finding {
  return { rule: 'r', severity: 'HIGH', message: `message ${i}`, file: `src/f${i}.ts`, line: i + 1, ...extra }
}

/** Cells of a GFM table row: split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1)
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1
}

describe('renderMarkdown', () => {
  it('writes the marker first and a status headline', () => {
    const out = renderMarkdown({ ...base, ok: true }, { marker: 'launchgate:review' })
    expect(out.split('\n')[0]).toBe('<!-- launchgate:review -->')
    expect(out).toContain('## ✅ Passed: Review')
    expect(renderMarkdown(base)).toContain('## ❌ Failed: Review')
  })

  it('keeps a marker from closing its own comment early', () => {
    expect(markerComment('x --> <b>')).toBe('<!-- x - b -->')
  })

  it('escapes markup, pipes, newlines and mentions in user-controlled text', () => {
    const message = 'bad </details><script>alert(1)</script> | a\nb [x](javascript:y) @acme/admins'
    const out = renderMarkdown({
      ...base,
      findings: [finding(0, { message, file: 'src/<img src=x>|y.ts' })],
      sections: [{ title: 'Folded </summary>', collapsed: true, text: 'hi </details> <!-- open' }],
    })
    expect(out).not.toContain('<script>')
    // A file name is shown in a code span, where CommonMark never reads HTML; the pipe is still escaped.
    expect(out).toContain('`src/<img src=x>\\|y.ts:1`')
    expect(out).not.toContain('<!-- open')
    expect(count(out, '</details>')).toBe(1)
    expect(count(out, '</summary>')).toBe(1)
    expect(out).not.toContain('@acme')
    expect(out).toContain('\\[x\\]')
    const row = out.split('\n').find((line) => line.startsWith('| HIGH'))
    expect(row).toBeDefined()
    // Four cells: the pipe inside the message and file name did not split the row, the newline did not end it.
    expect(cells(row ?? '')).toHaveLength(4)
    expect(row).toContain('a<br>b')
  })

  it('renders tables as GFM tables with escaped cells and padded rows', () => {
    const out = renderMarkdown({
      ...base,
      sections: [{ title: 'Checks', table: { columns: ['name', 'result'], rows: [['a|b', 1], ['short']] } }],
    })
    expect(out).toContain('### Checks')
    expect(out).toContain('| name | result |\n| --- | --- |\n| a\\|b | 1 |\n| short |  |\n')
  })

  it('collapses long sections into <details>', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`row ${i}`])
    const out = renderMarkdown({ ...base, sections: [{ title: 'Many', table: { columns: ['x'], rows } }] })
    expect(out).toContain('<details>\n<summary><strong>Many</strong> (30 rows)</summary>')
    expect(out).toContain('</details>')
  })

  it('lists findings most severe first and truncates beyond maxFindings', () => {
    const findings = [finding(1, { severity: 'LOW' }), finding(2, { severity: 'CRITICAL' }), finding(3)]
    const out = renderMarkdown({ ...base, findings }, { maxFindings: 2 })
    const rows = out.split('\n').filter((l) => /^\| (CRITICAL|HIGH|LOW)/.test(l))
    expect(rows.map((r) => cells(r)[0]?.trim())).toEqual(['CRITICAL', 'HIGH'])
    expect(out).toContain('and 1 more finding')
  })

  it('links locations only to http(s) URLs', () => {
    const https = renderMarkdown(
      { ...base, findings: [finding(1)] },
      { links: () => 'https://x.test/a (b).ts' },
    )
    expect(https).toContain('](https://x.test/a%20%28b%29.ts)')
    const js = renderMarkdown({ ...base, findings: [finding(1)] }, { links: () => 'javascript:alert(1)' })
    expect(js).not.toContain('javascript')
  })

  it('fits a huge report into a comment without cutting a row', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(i, { message: 'x'.repeat(200) }))
    const out = renderMarkdown({ ...base, findings }, { maxFindings: 10_000, marker: 'm' })
    expect(out.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    expect(out.startsWith('<!-- m -->\n')).toBe(true)
    expect(out).toContain("exceeded GitHub's size limit")
    for (const line of out.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line.endsWith('|')).toBe(true)
      expect(cells(line)).toHaveLength(4)
    }
  })

  it('closes an open <details> and code fence when cutting inside them', () => {
    const text = ['```', ...Array.from({ length: 2000 }, (_, i) => `log line ${i}`)].join('\n')
    const out = renderMarkdown(
      { ...base, sections: [{ title: 'Log', collapsed: true, text }] },
      { maxChars: 5000 },
    )
    expect(out.length).toBeLessThanOrEqual(5000)
    expect(count(out, '<details>')).toBe(count(out, '</details>'))
    expect(count(out, '```') % 2).toBe(0)
    expect(out.indexOf('</details>')).toBeLessThan(out.indexOf('Truncated'))
  })

  it('respects a byte limit without splitting multi-byte characters', () => {
    const findings = Array.from({ length: 400 }, (_, i) => finding(i, { message: '界🚀'.repeat(50) }))
    const out = renderMarkdown({ ...base, findings }, { maxBytes: 20_000, maxFindings: 1000 })
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(20_000)
    // A lone surrogate would not survive a UTF-8 round trip.
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out)
    expect(out).toContain('Truncated')
  })

  it('cuts an overlong cell at a code point, not inside a surrogate pair', () => {
    const out = renderMarkdown({ ...base, findings: [finding(1, { message: '🚀'.repeat(2000) })] })
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out)
    expect(out).toContain('🚀…')
  })
})

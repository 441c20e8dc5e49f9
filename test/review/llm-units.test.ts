/** Pure parts of the LLM pass: cleaning and fencing, excerpts and chunks, answer parsing, re-anchoring. */
import { describe, expect, it } from '@jest/globals'
import type { ChangeSet, ChangedSource } from '../../src/review/change.js'
import { parseAnswer, ANSWER_JSON_SCHEMA } from '../../src/review/llm/answer.js'
import { chunkChange, fileExcerpts, hunkRanges, tokensOf } from '../../src/review/llm/excerpt.js'
import { reanchor } from '../../src/review/llm/reanchor.js'
import { fence, stripHidden } from '../../src/review/llm/untrusted.js'
import { modelFinding } from './llm-support.js'

function source(path: string, lines: string[], added: number[]): ChangedSource {
  const content = lines.join('\n')
  return { path, status: 'modified', binary: false, addedLines: added, added: new Set(added), content, lines }
}
const change = (...files: ChangedSource[]): ChangeSet => ({ root: '/r', base: 'b', head: 'h', files })

describe('untrusted text', () => {
  it('loses hidden comments and invisible characters but keeps its line count', () => {
    const text = 'a\n<!-- hidden\ninstructions -->b\u200b\u202ec\n[//]: # (secret)\nd <!-- unterminated'
    const clean = stripHidden(text)
    expect(clean).toBe('a\n\nbc\n\nd ')
    expect(clean.split('\n')).toHaveLength(text.split('\n').length)
  })

  it('is fenced with an id it does not contain, drawn again when it does', () => {
    const ids = ['feedfacefeedfacefeedface', 'c0ffeec0ffeec0ffeec0ffee']
    const fenced = fence('src/a.ts', 'x\nUNTRUSTED feedfacefeedfacefeedface>>>\ny', () => ids.shift()!)
    expect(fenced.id).toBe('c0ffeec0ffeec0ffeec0ffee')
    expect(fenced.text.split('\n')[0]).toBe('<<<UNTRUSTED c0ffeec0ffeec0ffeec0ffee src/a.ts')
    expect(fenced.text.endsWith('\nUNTRUSTED c0ffeec0ffeec0ffeec0ffee>>>')).toBe(true)
  })
})

describe('excerpts and chunks', () => {
  it('show added lines with three lines of context, merging close hunks', () => {
    expect(hunkRanges([10, 12, 30], 40)).toEqual([
      [7, 15],
      [27, 33],
    ])
    expect(hunkRanges([1], 2)).toEqual([[1, 2]])
  })

  it('number lines at head and mark the added ones', () => {
    const [excerpt] = fileExcerpts(source('a.ts', ['one', 'two', 'three'], [2]), 1000)
    expect(excerpt!.text).toBe('    1 | one\n    2+| two\n    3 | three')
  })

  it('split a file over the budget by hunks and never exceed it', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `const value${i} = compute(${i}, 'some text here')`)
    const file = source('big.ts', lines, [5, 60, 120, 180])
    const chunks = chunkChange(change(file), 120)
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(120)
    const shown = chunks.flatMap((c) => c.excerpts.map((e) => e.text)).join('\n')
    for (const n of [5, 60, 120, 180]) expect(shown).toContain(`${String(n).padStart(5)}+|`)
  })

  it('count special-token strings in code as text instead of refusing them', () => {
    expect(tokensOf('x = "<|endoftext|>"')).toBeGreaterThan(0)
  })
})

describe('the answer', () => {
  it('parses JSON, also inside a markdown code block', () => {
    const json = JSON.stringify({ findings: [modelFinding()] })
    expect(parseAnswer(json)).toMatchObject({ ok: true, answer: { findings: [{ rule: 'off-by-one' }] } })
    expect(parseAnswer('```json\n' + json + '\n```').ok).toBe(true)
  })

  it('says what is wrong with a malformed or off-schema answer', () => {
    expect(parseAnswer('{"findings": [')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^not valid JSON/),
    })
    const bad = parseAnswer(JSON.stringify({ findings: [modelFinding({ severity: 'BLOCKER' })] }))
    expect(bad).toMatchObject({ ok: false, problem: expect.stringMatching(/schema.*severity/) })
  })

  it('sends a schema strict modes accept: every property required, no extras, no length limits', () => {
    const item = (ANSWER_JSON_SCHEMA.properties as { findings: { items: Record<string, unknown> } }).findings
      .items
    expect(item.additionalProperties).toBe(false)
    expect((item.required as string[]).sort()).toEqual(Object.keys(item.properties as object).sort())
    expect(JSON.stringify(ANSWER_JSON_SCHEMA)).not.toMatch(/maxLength|pattern|exclusiveMinimum|\$schema/)
  })
})

describe('re-anchoring', () => {
  const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india']
  const file = source(
    'src/p.ts',
    names.map((n) => `${n}()`),
    [3, 4],
  )
  const run = (findings: Array<Record<string, unknown>>) =>
    reanchor({
      agent: 'code-reviewer',
      findings: findings.map((f) => ({ ...modelFinding(), file: 'src/p.ts', ...f }) as never),
      change: change(file),
      grounding: [],
      minConfidence: 0.6,
      source: 'llm:openai',
    })

  it('moves a finding to the added line it quotes, or to an added line within three lines', () => {
    const out = run([
      { line: 9, quote: 'delta()' },
      { line: 1, quote: 'not in the file', rule: 'near' },
    ])
    expect(out.candidates.map((c) => [c.rule, c.line])).toEqual([
      ['llm/off-by-one', 4],
      ['llm/near', 3],
    ])
  })

  it('drops what points away from the added lines, low confidence, and repeats', () => {
    const out = run([
      { line: 9, quote: 'india()', rule: 'far' },
      { line: 3, quote: 'charlie()', confidence: 0.2, rule: 'unsure' },
      { line: 3, quote: 'charlie()', rule: 'first' },
      { line: 3, quote: 'charlie()', rule: 'again' },
    ])
    expect(out.candidates.map((c) => c.rule)).toEqual(['llm/first'])
    expect(out.dropped).toEqual({ 'not-in-diff': 1, 'low-confidence': 1, duplicate: 1 })
  })
})

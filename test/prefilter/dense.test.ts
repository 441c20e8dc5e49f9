import { describe, expect, it } from '@jest/globals'
import { readTools } from '../../src/prefilter/formats.js'
import { commonDirection, vocabularyGap } from '../../src/prefilter/dense.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { builtInVectors, decodeTable, tableVectors, unpackNibbles } from '../../src/prefilter/word-vectors.js'
import { sealTools } from './helpers.js'

// A tiny table where "private" and "privacy" point the same way and nothing else does.
const words = ['privacy', 'private', 'location', 'manage', 'settings']
const rows = new Int8Array([127, 0, 0, 0, 120, 10, 0, 0, 0, 127, 0, 0, 0, 0, 127, 0, 0, 20, 0, 127])
const vectors = tableVectors(words, rows, 4)

const app = [
  ...sealTools().slice(0, 80),
  ...readTools([
    {
      name: 'manage_privacy',
      description: 'Who can see what you share',
      parameters: { type: 'object', properties: {} },
    },
  ]).tools,
]

// Near spellings off: they match "private" to manage_privacy's name, and these tests are about vectors.
const NO_SPELLING = { spellingWeight: 0 }

describe('word vectors', () => {
  it('find a tool that shares meaning but no word with the message', () => {
    const lexical = new ToolPrefilter(app, { vectors: null, scoring: NO_SPELLING }).filter('keep me private')
    expect(lexical.fallback).toBe(true)
    const dense = new ToolPrefilter(app, { vectors, scoring: { ...NO_SPELLING, denseFloor: 0.3 } }).filter(
      'keep me private',
    )
    expect(dense.fallback).toBe(false)
    const best = [...dense.tools].sort((a, b) => b.relevance - a.relevance)[0]!
    expect(best).toMatchObject({ name: 'manage_privacy', relevance: 1 })
  })

  it('the built-in table (GloVe, 10,000 words) is on by default', () => {
    const result = new ToolPrefilter(app).filter('keep me private')
    expect(result.fallback).toBe(false)
    expect(result.tools.map((t) => t.name)).toContain('manage_privacy')
    expect(result.tools.length).toBeLessThan(15)
  })

  it('the vocabulary gap is the share of message terms the catalogue has no word for', () => {
    const index = new ToolPrefilter(app, { vectors: null }).index
    expect(vocabularyGap(index, 'football score')).toBe(0)
    expect(vocabularyGap(index, 'football wibbly')).toBe(0.5)
    expect(vocabularyGap(index, 'the')).toBe(0)
  })

  it('the direction every tool vector shares is found and can be removed', () => {
    // Three rows leaning along axis 0, each with its own small second component.
    const rows = new Float32Array([0.9, 0.3, 0, 0.9, 0, 0.3, 0.9, -0.3, 0])
    const common = commonDirection(rows, 3)!
    expect(Math.abs(common[0]!)).toBeGreaterThan(0.99)
    expect(commonDirection(rows.subarray(0, 6), 3)).toBeUndefined()
  })

  it('decode a generated table module (base64 int8 rows)', () => {
    const table = decodeTable({
      DIMENSIONS: 4,
      WORDS: words.join(' '),
      ROWS: Buffer.from(rows.buffer).toString('base64'),
    })
    expect(Array.from(table.vector('private')!)).toEqual([120, 10, 0, 0])
    expect(table.vector('nope')).toBeUndefined()
    expect(table.weight('privacy')).toBeLessThan(table.weight('settings'))
  })

  it('decode a packed 4-bit table: signed values, low nibble first', () => {
    // -7, 7, 0, -1 | 3, -3, 1, 0
    const packed = Uint8Array.from([0x79, 0xf0, 0xd3, 0x01])
    expect(Array.from(unpackNibbles(packed))).toEqual([-7, 7, 0, -1, 3, -3, 1, 0])
    const table = decodeTable({
      DIMENSIONS: 4,
      BITS: 4,
      WORDS: 'north south',
      ROWS: Buffer.from(packed).toString('base64'),
    })
    expect(Array.from(table.vector('south')!)).toEqual([3, -3, 1, 0])
  })

  it('the built-in table still tells related words from unrelated ones', () => {
    const table = builtInVectors()
    const cos = (a: string, b: string) => {
      const x = table.vector(a)!
      const y = table.vector(b)!
      let dot = 0
      let nx = 0
      let ny = 0
      for (let d = 0; d < table.dimensions; d++) {
        dot += x[d]! * y[d]!
        nx += x[d]! * x[d]!
        ny += y[d]! * y[d]!
      }
      return dot / Math.sqrt(nx * ny)
    }
    expect(cos('weather', 'rain')).toBeGreaterThan(cos('weather', 'stock') + 0.2)
    expect(cos('restaurant', 'cafe')).toBeGreaterThan(cos('restaurant', 'senator') + 0.2)
  })
})

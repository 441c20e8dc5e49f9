/** The cache file's import rows give back exactly the records that were stored. */
import { describe, expect, it } from '@jest/globals'
import { decodeSource, encodeSource, type StoredSource } from '../../src/consolidation/cache-rows.js'
import type { ParsedSource } from '../../src/consolidation/types.js'

describe('cache rows', () => {
  it('round-trips every kind of import record, and is smaller than the objects', () => {
    const source: ParsedSource = {
      imports: [
        { specifier: './a', kind: 'static', names: ['default', 'b'], line: 1, column: 1 },
        { specifier: './c', kind: 're-export', names: ['*'], exported: ['*'], line: 2, column: 1 },
        { specifier: 'pkg.mod', kind: 'static', names: ['x'], level: 2, line: 3, column: 5 },
        { specifier: './t', kind: 'type-only', names: ['T'], line: 4, column: 1 },
      ],
      exports: ['default'],
      comments: [[0, 4]],
      problem: { message: 'Unexpected token', line: 9, column: 2 },
    }
    const stored = JSON.parse(JSON.stringify(encodeSource(source))) as StoredSource<ParsedSource>
    expect(decodeSource<ParsedSource>(stored)).toEqual(source)
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(source).length * 0.75)
  })
})

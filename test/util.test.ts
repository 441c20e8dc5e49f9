/** The shared helpers for positions, quantiles and dates: one implementation each. */
import { describe, expect, it } from '@jest/globals'
import { isoDay } from '../src/util/dates.js'
import { formatPosition, lineAt, lineColumn } from '../src/util/positions.js'
import { nearestRank } from '../src/util/quantile.js'

describe('positions', () => {
  const text = 'ab\ncde\n\nf'
  it('gives 1-based lines and columns of an offset, as editors show them', () => {
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumn(text, 2)).toEqual({ line: 1, column: 3 })
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 })
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 })
    expect(lineColumn(text, 8)).toEqual({ line: 4, column: 1 })
    expect(lineAt(text, 5)).toBe(2)
    // Another text between two questions about the first: no stale answer.
    expect(lineAt('x\ny', 2)).toBe(2)
    expect(lineAt(text, 8)).toBe(4)
  })
  it('writes file:line:column, leaving out what is not known', () => {
    expect(formatPosition({ file: 'a.yml', line: 3, column: 5 })).toBe('a.yml:3:5')
    expect(formatPosition({ file: 'a.yml' })).toBe('a.yml')
  })
})

describe('nearest-rank quantiles', () => {
  it('is the smallest sample at or above the share, and undefined without samples', () => {
    expect(nearestRank([], 0.95)).toBeUndefined()
    expect(nearestRank([5, 1, 3], 0.95)).toBe(5)
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5)
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0)).toBe(1)
  })
})

describe('dates', () => {
  it('is the UTC day', () => {
    expect(isoDay(new Date('2026-12-06T23:59:59-05:00'))).toBe('2026-12-07')
  })
})

/**
 * Mutations of a valid input text for fuzz tests, driven by a seeded pure-rand generator so a
 * failing case can be replayed from its seed: byte flips, cuts, duplicated and swapped lines, and
 * the hostile shapes that break parsers (alias bombs, undefined merge keys, deep nesting, huge
 * numbers, control characters).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

type Mutation = (text: string, rng: RandomGenerator) => string

const pick = <T>(rng: RandomGenerator, items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)]!
const at = (rng: RandomGenerator, text: string) => uniformInt(rng, 0, Math.max(0, text.length))

const SNIPPETS = [
  '*undefined',
  '<<: *nowhere',
  '&a [1, 2]',
  '1e999',
  '-1e999',
  'NaN',
  '.inf',
  '~',
  '!!binary aGk=',
  '!!js/function "x"',
  '"\\u0000"',
  '\u0000',
  '\t',
  '{',
  ']',
  '"',
  "'",
  ': :',
  '- - -',
  '---\n',
  '...\n',
  '? complex',
  '%YAML 1.1\n',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {x: 1}}',
  '99999999999999999999999',
  '"2026-13-45T99:99:99Z"',
  'null',
  'true',
  '[]',
  '{}',
]

const MUTATIONS: Mutation[] = [
  // Flip one character.
  (t, r) => {
    const i = at(r, t)
    return t.slice(0, i) + String.fromCharCode(uniformInt(r, 0, 127)) + t.slice(i + 1)
  },
  // Cut a span.
  (t, r) => {
    const i = at(r, t)
    return t.slice(0, i) + t.slice(i + uniformInt(r, 1, 40))
  },
  // Truncate.
  (t, r) => t.slice(0, at(r, t)),
  // Insert a hostile snippet.
  (t, r) => {
    const i = at(r, t)
    return t.slice(0, i) + pick(r, SNIPPETS) + t.slice(i)
  },
  // Duplicate a line (duplicate keys), or swap two (indentation breaks).
  (t, r) => {
    const lines = t.split('\n')
    const i = uniformInt(r, 0, lines.length - 1)
    lines.splice(i, 0, lines[i]!)
    return lines.join('\n')
  },
  (t, r) => {
    const lines = t.split('\n')
    const i = uniformInt(r, 0, lines.length - 1)
    const j = uniformInt(r, 0, lines.length - 1)
    ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
    return lines.join('\n')
  },
  // Replace a number with an extreme one.
  (t, r) => t.replace(/\d+(\.\d+)?/, pick(r, ['1e999', '-0', '1e-400', '9007199254740993', 'NaN'])),
  // Deep nesting.
  (t, r) => {
    const n = uniformInt(r, 50, 20_000)
    const i = at(r, t)
    return t.slice(0, i) + '['.repeat(n) + ']'.repeat(uniformInt(r, 0, n)) + t.slice(i)
  },
]

/** A billion laughs in YAML: each level aliases the previous one ten times. */
export function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  for (let i = 1; i <= levels; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')
    lines.push(`a${i}: &a${i} [${refs}]`)
  }
  return `${lines.join('\n')}\nmonitor: *a${levels}\n`
}

/** Applies 1 to 3 random mutations. */
export function mutate(text: string, rng: RandomGenerator): string {
  let out = text
  for (let n = uniformInt(rng, 1, 3); n > 0; n--) out = pick(rng, MUTATIONS)(out, rng)
  return out
}

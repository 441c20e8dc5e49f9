/**
 * Catalogues for a case: the tools it needs plus random others from the pool, drawn with a seeded
 * RNG so every run (and the baseline in the same run) sees the same catalogues.
 */
import { createHash } from 'node:crypto'
import type { Tool } from '../../src/prefilter/types.js'
import type { BenchCase } from './loaders.js'

/** mulberry32: a small, fast, seedable PRNG; quality is ample for sampling. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit seed from text, so each case has its own stream regardless of run order. */
export function seedOf(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32LE(0)
}

/**
 * The catalogue of `size` tools for a case (the whole pool when `size` is undefined or larger):
 * needed tools plus a seeded sample of the others, shuffled so needed tools sit anywhere.
 */
export function catalogueFor(
  pool: readonly Tool[],
  byName: Map<string, Tool>,
  c: BenchCase,
  size: number | undefined,
  seed: number,
): Tool[] {
  if (size === undefined || size >= pool.length) return [...pool]
  const needed = c.expected.map((n) => byName.get(n)!)
  const neededSet = new Set(needed)
  const random = rng(seed ^ seedOf(c.id) ^ size)
  const chosen = new Set<Tool>(needed)
  while (chosen.size < size) {
    const tool = pool[Math.floor(random() * pool.length)]!
    if (!neededSet.has(tool)) chosen.add(tool)
  }
  const list = [...chosen]
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[list[i], list[j]] = [list[j]!, list[i]!]
  }
  return list
}

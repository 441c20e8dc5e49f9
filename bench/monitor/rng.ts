/**
 * Seeded randomness for the simulation: pure-rand's xoroshiro128+ for uniform draws, and the few
 * distributions the simulation needs built on it, so a run with the same seed is the same run.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

export class Rng {
  private readonly generator: RandomGenerator

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed)
    // Small seeds give correlated first outputs in xoroshiro; a short warm-up decorrelates them.
    for (let i = 0; i < 20; i++) this.generator.next()
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return uniformFloat64(this.generator)
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.uniform()
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p
  }

  /** Standard normal (Box-Muller; the second value is dropped for simplicity). */
  normal(): number {
    const u = 1 - this.uniform()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.uniform())
  }

  /** Log-normal with the given parameters of the underlying normal. */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal())
  }

  /**
   * Binomial(n, p), exact, by Devroye's waiting-time method: sum geometric gaps between successes
   * until they pass n. Costs O(n·p) draws, cheap for error rates of a few percent.
   */
  binomial(n: number, p: number): number {
    if (p <= 0 || n <= 0) return 0
    if (p >= 1) return n
    if (p > 0.5) return n - this.binomial(n, 1 - p)
    const logQ = Math.log(1 - p)
    let successes = 0
    let position = 0
    for (;;) {
      position += Math.floor(Math.log(1 - this.uniform()) / logQ) + 1
      if (position > n) return successes
      successes++
    }
  }

  /** Poisson-like traffic: a normal approximation rounded to a non-negative count. */
  count(mean: number): number {
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()))
  }
}

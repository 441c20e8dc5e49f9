/**
 * Fuzzing the config loader and the replay reader with seeded mutations of real inputs (the
 * example app's config, the replay): every mutant either parses or fails as the user's
 * mistake with a file:line:column, within a time limit. 0 crashes, 0 hangs. A failure prints its
 * seed and mutant index, so `FUZZ_SEED=<seed>` replays it.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { writeFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseReplay } from '../../src/monitor/replay.js'
import { cli } from '../support/cli.js'
import { mutate } from '../support/mutate-text.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20261206)
const RUNS = 300
const PER_INPUT_MS = 1000

const CONFIG = readFileSync('examples/wheels-and-wins/.github/launchgate.yml', 'utf8')
const REPLAY = readFileSync('test/monitor/fixtures/issue-example.json', 'utf8')

interface Outcome {
  crashes: string[]
  slow: string[]
  refused: number
}

/** Runs `parse` over mutants of `seed`: a crash is any error but a positioned ConfigurationError. */
function fuzz(seedText: string, parse: (text: string) => unknown, seed: number): Outcome {
  const rng = xoroshiro128plus(seed)
  const outcome: Outcome = { crashes: [], slow: [], refused: 0 }
  for (let i = 0; i < RUNS; i++) {
    const text = mutate(seedText, rng)
    const started = performance.now()
    try {
      parse(text)
    } catch (error) {
      const positioned = error instanceof ConfigurationError && /:\d+:\d+: /.test(error.message)
      if (positioned) outcome.refused++
      else outcome.crashes.push(`#${i} (seed ${seed}): ${String(error).slice(0, 200)}`)
    }
    const ms = performance.now() - started
    if (ms > PER_INPUT_MS) outcome.slow.push(`#${i} (seed ${seed}): ${Math.round(ms)} ms`)
  }
  return outcome
}

describe(`fuzzing with seed ${SEED}`, () => {
  it(`the config loader: ${RUNS} mutants, 0 crashes, 0 hangs`, () => {
    const outcome = fuzz(CONFIG, (text) => parseConfig(text, 'launchgate.yml'), SEED)
    expect(outcome.crashes).toEqual([])
    expect(outcome.slow).toEqual([])
    // The mutations do break things: most mutants are refused, with a position.
    expect(outcome.refused).toBeGreaterThan(RUNS / 3)
  })

  it(`the replay reader: ${RUNS} mutants, 0 crashes, 0 hangs`, () => {
    const outcome = fuzz(REPLAY, (text) => parseReplay(text, 'replay.json'), SEED + 1)
    expect(outcome.crashes).toEqual([])
    expect(outcome.slow).toEqual([])
    expect(outcome.refused).toBeGreaterThan(RUNS / 3)
  })

  // 1 is a valid file whose checks fail (here: canonical files missing from the empty root).
  it('the CLI agrees on a sample of config mutants: exit 0, 1 or 2, never 70', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lg-fuzz-'))
    try {
      const rng = xoroshiro128plus(SEED + 2)
      const codes: number[] = []
      for (let i = 0; i < 6; i++) {
        await writeFile(join(root, 'launchgate.yml'), mutate(CONFIG, rng))
        const run = await cli(
          ['config', '--format', 'json', '--root', root, '--config', 'launchgate.yml'],
          root,
        )
        codes.push(run.code ?? -1)
        expect(run.stderr).not.toContain('a bug in launchgate')
      }
      expect(codes.filter((c) => c !== 0 && c !== 1 && c !== 2)).toEqual([])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})

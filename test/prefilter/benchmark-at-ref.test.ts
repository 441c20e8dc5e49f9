import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { benchmarkAtRef } from '../../src/prefilter/benchmark-at-ref.js'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'
import { sealTools } from './helpers.js'

// Real Seal-Tools tools; "wibbly" is a word users say for getFashionTrends that only the base's
// learned association file knows.
const tools = JSON.stringify(
  sealTools()
    .slice(0, 80)
    .map((t) => t.definition),
)
const cases = [
  { message: 'wibbly football score please', expected: ['getFashionTrends'] },
  { message: 'football match score', expected: ['getFootballScore'] },
]
  .map((c) => JSON.stringify(c))
  .join('\n')
const associations = JSON.stringify({
  version: 1,
  turns: 12,
  aliases: { getFashionTrends: ['wibbly'] },
  companions: {},
})
const config = (withAssociations: boolean) =>
  [
    'prefilter:',
    '  tools: tools.json',
    '  cases: cases.jsonl',
    '  core-tools: []',
    '  min-token-reduction: 0.5',
    ...(withAssociations ? ['  associations: learned.json'] : []),
  ].join('\n')

let repo: TempRepo
let learnedSha: string
let missingSha: string
let plainSha: string
beforeAll(async () => {
  repo = await createTempRepo()
  plainSha = await repo.commit('prefilter without associations', {
    '.github/launchgate.yml': config(false),
    'tools.json': tools,
    'cases.jsonl': cases,
  })
  missingSha = await repo.commit('associations configured, file not committed yet', {
    '.github/launchgate.yml': config(true),
  })
  learnedSha = await repo.commit('learned associations', { 'learned.json': associations })
})
afterAll(async () => repo.cleanup())

describe('the base side of the PR benchmark', () => {
  it("loads the base's own association file, so learned words count on both sides", async () => {
    const plain = await benchmarkAtRef(repo.dir, plainSha, undefined)
    const learned = await benchmarkAtRef(repo.dir, learnedSha, undefined)
    expect(plain.benchmark!.run.figures.completeness).toBe(0.5)
    expect(learned.benchmark!.run.figures.completeness).toBe(1)
    expect(learned.note).toBeUndefined()
  })

  it('measures without associations, and says so, when the base configures a file it lacks', async () => {
    const base = await benchmarkAtRef(repo.dir, missingSha, undefined)
    expect(base.benchmark!.run.figures.completeness).toBe(0.5)
    expect(base.note).toBe(
      `The base (${missingSha.slice(0, 12)}) has no learned.json; measured without learned associations.`,
    )
    expect(base.problem).toBeUndefined()
  })
})

/**
 * The matrix, in one process: each of the seven agents collects its findings alone and writes its
 * artifact, as the agent jobs do; the aggregate merges the files, de-duplicates across agents,
 * applies the waivers at head and gates. It must decide exactly what a single-process review does.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REVIEW_AGENTS } from '../../src/config/sections/review.js'
import {
  mergeArtifacts,
  readArtifacts,
  ReviewArtifactError,
  toArtifact,
  writeArtifact,
} from '../../src/review/artifact.js'
import { collectReview, judgeReview, readWaivers, runReview } from '../../src/review/run.js'
import { changeRepo, type ChangeRepo } from './support.js'

const OPEN_TABLE = 'create table profiles (id uuid primary key, name text);\n'
const SAFE = 'create table trips (id uuid primary key);\nalter table trips enable row level security;\n'
const POLICY = `${SAFE}create policy "all" on trips for select using (true);\n`
const WORKFLOW = [
  'on: pull_request',
  'permissions:',
  '  contents: read',
  'jobs:',
  '  greet:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo "${{ github.event.pull_request.title }}"',
  '',
].join('\n')
const FILES = {
  'supabase/migrations/001_profiles.sql': OPEN_TABLE,
  'supabase/migrations/002_trips.sql': POLICY,
  '.github/workflows/greet.yml': WORKFLOW,
}
const TODAY = '2025-06-01'
const options = (c: ChangeRepo) => ({
  root: c.repo.dir,
  base: c.base,
  head: c.head,
  provider: 'offline' as const,
  coveragePath: 'coverage/lcov.info',
})

let change: ChangeRepo
let dir: string

beforeAll(async () => {
  change = await changeRepo({}, FILES)
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-artifacts-'))
  // The seven matrix jobs, one after the other.
  for (const agent of REVIEW_AGENTS) {
    const collection = await collectReview({ ...options(change), agents: [agent] })
    await writeArtifact(path.join(dir, `review-findings-${agent}`), toArtifact(agent, collection))
  }
})

afterAll(async () => {
  await change?.repo.cleanup()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function aggregate(waiversHead = change.head, artifactsDir = dir) {
  const { collection, missingAgents } = mergeArtifacts(await readArtifacts(artifactsDir), REVIEW_AGENTS)
  const waivers = await readWaivers(change.repo.dir, waiversHead, '.github/launchgate-waivers.yml')
  return judgeReview(collection, { waivers, minScore: 8, today: TODAY, missingAgents })
}

describe('the aggregate over seven artifacts', () => {
  it('decides what one process decides: same findings, areas, scores and gate', async () => {
    const matrix = await aggregate()
    const single = await runReview({
      ...options(change),
      agents: [...REVIEW_AGENTS],
      minScore: 8,
      waiversPath: '.github/launchgate-waivers.yml',
      today: TODAY,
    })
    const view = (o: typeof matrix) =>
      o.findings.map((f) => [f.fingerprint, f.severity, f.rule, [...f.properties.agents].sort()])
    expect(view(matrix)).toEqual(view(single))
    expect(matrix.scores).toEqual(single.scores)
    expect(matrix.gate).toEqual(single.gate)
    expect(matrix.gate.passed).toBe(false)
  })

  it('reports a finding two agents share once, in both areas', async () => {
    const matrix = await aggregate()
    const rls = matrix.findings.filter((f) => f.rule === 'table-without-rls')
    expect(rls).toHaveLength(1)
    expect([...rls[0]!.properties.agents].sort()).toEqual(['database-architect', 'security-auditor'])
    expect(matrix.scores['database-architect']).toBe(0)
    expect(matrix.scores['security-auditor']).toBe(0)
    expect(matrix.scores['react-frontend-specialist']).toBe(10)
  })

  it('fails the gate when an agent sent nothing, naming it', async () => {
    const partial = await mkdtemp(path.join(os.tmpdir(), 'lg-partial-'))
    try {
      for (const a of await readArtifacts(dir))
        if (a.agent !== 'performance-optimizer') await writeArtifact(partial, a)
      const outcome = await aggregate(change.head, partial)
      expect(outcome.missingAgents).toEqual(['performance-optimizer'])
      expect(outcome.gate.reasons.join('\n')).toMatch(/performance-optimizer sent no findings/)
    } finally {
      await rm(partial, { recursive: true, force: true })
    }
  })

  it('refuses artifacts of different commits, and an unreadable one', async () => {
    const [first, second] = await readArtifacts(dir)
    expect(() => mergeArtifacts([first!, { ...second!, head: 'f'.repeat(40) }], REVIEW_AGENTS)).toThrow(
      /findings of different commits/,
    )
    const bad = await mkdtemp(path.join(os.tmpdir(), 'lg-bad-'))
    try {
      await writeArtifact(bad, { ...first!, format: 'launchgate-review-findings/0' as never })
      await expect(readArtifacts(bad)).rejects.toBeInstanceOf(ReviewArtifactError)
    } finally {
      await rm(bad, { recursive: true, force: true })
    }
  })
})

describe('waivers in the aggregate', () => {
  it('pass a waived HIGH until it expires, and never a CRITICAL', async () => {
    const matrix = await aggregate()
    const high = matrix.findings.filter((f) => f.severity === 'HIGH')
    const critical = matrix.findings.filter((f) => f.severity === 'CRITICAL')
    expect(high.length).toBeGreaterThan(0)
    const file = (expires: string) =>
      `waivers:\n${[...high, ...critical]
        .map(
          (f) =>
            `  - fingerprint: ${f.fingerprint}\n    reason: accepted for the launch\n    expires: ${expires}\n`,
        )
        .join('')}`
    const valid = await change.repo.commit('waive', { '.github/launchgate-waivers.yml': file('2999-01-01') })
    const waived = await aggregate(valid)
    expect(waived.waived.map((w) => w.finding.fingerprint).sort()).toEqual(
      high.map((f) => f.fingerprint).sort(),
    )
    expect(waived.findings.filter((f) => f.severity === 'HIGH')).toEqual([])
    expect(waived.refusedWaivers).toHaveLength(critical.length)
    expect(waived.gate.passed).toBe(false) // the CRITICALs remain
    const expired = await change.repo.commit('expire', {
      '.github/launchgate-waivers.yml': file('2020-01-01'),
    })
    const late = await aggregate(expired)
    expect(late.findings.filter((f) => f.severity === 'HIGH')).toHaveLength(high.length)
    expect(late.expiredWaivers).toHaveLength(high.length)
  })
})

describe('a missing artifact folder', () => {
  it('is no artifacts, which the merge refuses loudly', async () => {
    const none = path.join(dir, 'does-not-exist')
    expect(await readArtifacts(none)).toEqual([])
    expect(() => mergeArtifacts([], REVIEW_AGENTS)).toThrow(/no findings artifacts/)
  })
})

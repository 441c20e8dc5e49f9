/** The deploy's pure decisions: checklist, merge refusals, the wait per poll, smoke verdicts and P95. */
import { describe, expect, it } from '@jest/globals'
import { deploySchema } from '../../src/config/sections/deploy.js'
import { evaluateChecklist, parseSkips, type ChecklistFacts } from '../../src/deploy/checklist.js'
import { checksVerdict, classifyMergeFailure } from '../../src/deploy/promote.js'
import { neededSecrets } from '../../src/deploy/secrets.js'
import { roundTripProblems } from '../../src/deploy/smoke/db-write.js'
import { answerProblems, latencyVerdict, p95 } from '../../src/deploy/smoke/verdict.js'
import { decideWait } from '../../src/deploy/wait.js'
import { ApiError, ConfigurationError } from '../../src/errors.js'
import type { SmokeResult } from '../../src/deploy/types.js'

const SHA = 'c0ffee'.padEnd(40, '0')
const config = (extra: Record<string, unknown> = {}) => deploySchema.parse(extra)

function facts(over: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    source: { branch: 'staging', sha: SHA },
    checks: [{ name: 'ci', state: 'success', source: 'check-run' }],
    blockingPulls: [],
    neededSecrets: [],
    presentNames: new Set(),
    changes: {
      since: 'main',
      files: [
        { path: 'CHANGELOG.md', status: 'modified' },
        { path: 'supabase/migrations/002_trips.sql', status: 'added' },
      ],
    },
    ...over,
  }
}

const byId = (items: ReturnType<typeof evaluateChecklist>, id: string) => items.find((i) => i.id === id)!

describe('checklist', () => {
  it('passes with green checks, the changelog changed and a new migration listed', () => {
    const items = evaluateChecklist(config().checklist, facts(), [])
    expect(items.filter((i) => i.status === 'fail')).toEqual([])
    expect(byId(items, 'migrations').details).toEqual(['supabase/migrations/002_trips.sql'])
    expect(byId(items, 'docs').status).toBe('skipped')
  })

  it('fails each item with a reason that says what to do', () => {
    const items = evaluateChecklist(
      config({
        checklist: { docs: [{ name: 'API docs', when: ['backend/app/api/**'], touch: ['docs/api/**'] }] },
      }).checklist,
      facts({
        checks: [
          { name: 'ci', state: 'failure', source: 'check-run', url: 'https://ci/1' },
          { name: 'lint', state: 'pending', source: 'status' },
        ],
        blockingPulls: [{ number: 7, title: 'Fix login', url: 'https://github.com/acme/app/pull/7' }],
        neededSecrets: [{ name: 'RENDER_API_KEY', purpose: 'render API token of target backend' }],
        changes: {
          since: 'the last release',
          files: [
            { path: 'supabase/migrations/001_init.sql', status: 'modified' },
            { path: 'backend/app/api/trips.py', status: 'modified' },
          ],
        },
      }),
      [],
    )
    expect(byId(items, 'required-checks').reason).toMatch(/1 check\(s\) failed on staging .*fix them/)
    expect(byId(items, 'blocking-prs').details).toEqual(['#7 Fix login (https://github.com/acme/app/pull/7)'])
    expect(byId(items, 'secrets').reason).toContain('RENDER_API_KEY (render API token of target backend)')
    expect(byId(items, 'migrations').reason).toMatch(/applied migration\(s\).*add a new migration instead/)
    expect(byId(items, 'changelog').reason).toMatch(/CHANGELOG.md did not change since the last release/)
    expect(byId(items, 'docs').reason).toMatch(/API docs: 1 file\(s\) under backend\/app\/api\/\*\* changed/)
  })

  it('tells pending checks from failing ones, and a missing required check by name', () => {
    const pending = evaluateChecklist(
      config().checklist,
      facts({ checks: [{ name: 'ci', state: 'pending', source: 'status' }] }),
      [],
    )
    expect(byId(pending, 'required-checks').reason).toMatch(/still running.*dispatch the deploy again/)
    const named = evaluateChecklist(
      config({ checklist: { 'required-checks': ['ci', 'e2e'] } }).checklist,
      facts(),
      [],
    )
    expect(byId(named, 'required-checks').reason).toMatch(/not reported .*: e2e/)
    const none = evaluateChecklist(config().checklist, facts({ checks: [] }), [])
    expect(byId(none, 'required-checks').status).toBe('fail')
  })

  it('skips items named by the workflow input and refuses unknown ids', () => {
    const skips = parseSkips('changelog, migrations', 'the skip-checklist-item input')
    const items = evaluateChecklist(
      config().checklist,
      facts({ changes: { since: 'main', files: [{ path: 'a.ts', status: 'added' }] } }),
      skips,
    )
    expect(byId(items, 'changelog')).toMatchObject({
      status: 'skipped',
      reason: 'skipped by the skip-checklist-item input',
    })
    expect(() => parseSkips('changelgo', 'the input')).toThrow(ConfigurationError)
    expect(() => parseSkips('changelgo', 'the input')).toThrow(
      /expected one of: required-checks, blocking-prs/,
    )
  })

  it('fails the file items with the reason when the files could not be listed', () => {
    const items = evaluateChecklist(
      config().checklist,
      facts({ changes: { error: 'the checkout lacks abc: fetch-depth: 0' } }),
      [],
    )
    expect(byId(items, 'changelog').reason).toBe('the checkout lacks abc: fetch-depth: 0')
  })

  it('collects every secret the run needs, each once, with its purpose', () => {
    const needed = neededSecrets(
      config({
        checklist: { secrets: ['SUPABASE_URL'] },
        targets: [{ name: 'backend', kind: 'render', 'service-id': 'srv-1' }],
        smoke: { login: {}, tests: [{ name: 'me', kind: 'auth', path: '/api/me' }] },
        sentry: { org: 'acme', projects: ['app'] },
      }),
    )
    expect(needed.map((s) => s.name)).toEqual([
      'SUPABASE_URL',
      'RENDER_API_KEY',
      'SMOKE_TEST_EMAIL',
      'SMOKE_TEST_PASSWORD',
      'SENTRY_AUTH_TOKEN',
    ])
  })
})

describe('merge outcomes', () => {
  it('tells branch protection from a content conflict and from an outage', () => {
    expect(
      classifyMergeFailure({
        status: 'conflict',
        message: 'staging does not merge cleanly into main: Merge conflict',
      }),
    ).toBe('conflict')
    const protectedMain = new ApiError(
      'GitHub',
      'POST /merges',
      409,
      'Protected branch update failed for refs/heads/main',
    )
    expect(classifyMergeFailure({ error: protectedMain })).toBe('protected')
    expect(
      classifyMergeFailure({
        error: new ApiError('GitHub', 'POST /merges', 403, 'Changes must be made through a pull request.'),
      }),
    ).toBe('protected')
    expect(classifyMergeFailure({ error: new ApiError('GitHub', 'POST /merges', 502, 'Bad Gateway') })).toBe(
      'error',
    )
    expect(classifyMergeFailure({ status: 'up-to-date' })).toBe('up-to-date')
  })

  it('judges a pull request ready only when no check is failing or running', () => {
    expect(
      checksVerdict([
        { name: 'ci', state: 'success', source: 'status' },
        { name: 'x', state: 'skipped', source: 'check-run' },
      ]),
    ).toBe('green')
    expect(checksVerdict([{ name: 'ci', state: 'pending', source: 'status' }])).toBe('pending')
    expect(
      checksVerdict([
        { name: 'ci', state: 'pending', source: 'status' },
        { name: 'y', state: 'failure', source: 'status' },
      ]),
    ).toBe('failed')
  })
})

describe('wait until live, one poll at a time', () => {
  const limits = { timeoutMs: 60_000, pollMs: 15_000 }
  it('stops on live and on a failed build, and waits otherwise', () => {
    expect(decideWait({ phase: 'live', detail: 'ready' }, 5_000, limits)).toEqual({
      kind: 'stop',
      outcome: 'live',
      detail: 'ready',
    })
    expect(decideWait({ phase: 'failed', detail: 'build failed' }, 5_000, limits)).toMatchObject({
      kind: 'stop',
      outcome: 'failed',
    })
    expect(decideWait({ phase: 'building', detail: 'building' }, 5_000, limits)).toEqual({
      kind: 'poll-again',
      detail: 'building',
      sleepMs: 15_000,
    })
  })

  it('never sleeps past the timeout, then times out naming the last state', () => {
    expect(decideWait({ phase: 'pending', detail: 'no deploy yet' }, 50_000, limits)).toMatchObject({
      sleepMs: 10_000,
    })
    expect(decideWait({ phase: 'pending', detail: 'no deploy yet' }, 60_000, limits)).toEqual({
      kind: 'stop',
      outcome: 'timed-out',
      detail: 'not live after 1 min; last seen: no deploy yet',
    })
  })

  it('fails at once on a user error (bad token) and keeps polling through an outage', () => {
    expect(decideWait({ error: 'Netlify 401', userError: true }, 0, limits)).toMatchObject({
      kind: 'stop',
      outcome: 'failed',
    })
    expect(decideWait({ error: 'Netlify 502', userError: false }, 0, limits)).toMatchObject({
      kind: 'poll-again',
      detail: 'host not reachable: Netlify 502',
    })
  })
})

describe('smoke verdicts', () => {
  it('checks status, JSON fields by dotted path and the latency budget', () => {
    const expect200 = { status: 200, json: { status: 'pass', 'checks.0.ok': true }, 'latency-ms': 500 }
    expect(
      answerProblems(expect200, {
        status: 200,
        body: { status: 'pass', checks: [{ ok: true }] },
        latencyMs: 120,
      }),
    ).toEqual([])
    expect(
      answerProblems(expect200, { status: 503, body: { status: 'fail', checks: [] }, latencyMs: 900 }),
    ).toEqual([
      'HTTP 503 instead of 200',
      'status is "fail", expected "pass"',
      'checks.0.ok is missing, expected true',
      'took 900 ms, over its 500 ms budget',
    ])
    expect(answerProblems(expect200, { latencyMs: 10_000, error: 'no answer within 10000 ms' })).toEqual([
      'no answer within 10000 ms',
    ])
  })

  it('takes the P95 by nearest rank and holds it strictly under the budget', () => {
    expect(p95([])).toBeUndefined()
    expect(p95([300, 100, 200])).toBe(300)
    expect(p95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(95)
    const result = (ms: number[]): SmokeResult => ({
      name: 'x',
      kind: 'http',
      ok: true,
      durationMs: 0,
      httpLatenciesMs: ms,
      detail: '',
    })
    expect(latencyVerdict([result([100, 1999])], 2000)).toEqual({
      samples: 2,
      p95Ms: 1999,
      budgetMs: 2000,
      ok: true,
    })
    expect(latencyVerdict([result([100]), result([2000])], 2000).ok).toBe(false)
  })

  it('compares what was written with what was read back', () => {
    expect(
      roundTripProblems({ name: 'smoke', days: 3, tags: ['x'] }, { id: 1, name: 'smoke', days: 3 }),
    ).toEqual([])
    expect(roundTripProblems({ name: 'smoke' }, { name: 'other' })).toEqual([
      'name read back as "other", wrote "smoke"',
    ])
  })
})

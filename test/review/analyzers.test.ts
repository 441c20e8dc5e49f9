/**
 * Each analyzer finds its seeded defect in a real commit pair and stays quiet on the clean version
 * of the same change. ESLint is loaded once for this file (the Linter is shared per process).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { changeRepo, hits, reviewChange } from './support.js'
import { runReview } from '../../src/review/run.js'

const HANDLER_TEST = { 'src/api/users.test.ts': "it('works', () => undefined)\n" }

describe('code-reviewer (ESLint)', () => {
  it('finds a debugger statement and a duplicate key, and nothing in clean code', async () => {
    const bad = await reviewChange(
      {},
      { 'src/util.ts': 'export const o = { a: 1, a: 2 }\nexport function f() {\n  debugger\n}\n' },
      { agents: ['code-reviewer'] },
    )
    expect(hits(bad)).toEqual(['no-debugger@src/util.ts:3', 'no-dupe-keys@src/util.ts:1'])
    const clean = await reviewChange(
      {},
      { 'src/util.ts': 'export const o = { a: 1, b: 2 }\nexport function f() {\n  return o.a\n}\n' },
      { agents: ['code-reviewer'] },
    )
    expect(clean.findings).toEqual([])
  })
})

describe('security-auditor', () => {
  it('finds a hard-coded token as CRITICAL without printing it', async () => {
    const token = ['ghp', '4Xb9Kq2Lm7Np3Rs8Tv1Wx6Yz0Ab5Cd9Ef2Gh'].join('_')
    const out = await reviewChange(
      {},
      { 'src/config.ts': `export const api = 'https://api.example.com'\nexport const token = '${token}'\n` },
      { agents: ['security-auditor'] },
    )
    expect(hits(out)).toEqual(['hardcoded-secret@src/config.ts:2'])
    expect(out.findings[0]!.severity).toBe('CRITICAL')
    expect(JSON.stringify(out.findings)).not.toContain(token)
    const clean = await reviewChange(
      {},
      { 'src/config.ts': "export const token = process.env.GITHUB_TOKEN ?? ''\n" },
      { agents: ['security-auditor'] },
    )
    expect(clean.findings).toEqual([])
  })

  it('finds SQL built with a template literal or concatenation, not parameterised SQL', async () => {
    const code = [
      'export async function find(db: { query(q: string, p?: unknown[]): Promise<unknown> }, name: string) {',
      '  const q = "SELECT * FROM users WHERE name = \'" + name + "\'"',
      '  await db.query(q)',
      '  return db.query(`DELETE FROM users WHERE name = ${name}`)',
      '}',
      '',
    ].join('\n')
    const out = await reviewChange({}, { 'src/users.ts': code }, { agents: ['security-auditor'] })
    expect(hits(out)).toEqual(['sql-injection@src/users.ts:2', 'sql-injection@src/users.ts:4'])
    const safe = code
      .replace(/"SELECT[^\n]+/, "'SELECT * FROM users WHERE name = $1'")
      .replace('db.query(q)', 'db.query(q, [name])')
      .replace(/`DELETE[^`]+`/, "'DELETE FROM users WHERE name = $1', [name]")
    expect(
      (await reviewChange({}, { 'src/users.ts': safe }, { agents: ['security-auditor'] })).findings,
    ).toEqual([])
  })
})

describe('database-architect (Postgres parser)', () => {
  const migration = [
    'create table public.notes (id uuid primary key, body text);',
    'alter table public.notes enable row level security;',
    'create policy "read own" on public.notes for select using (auth.uid() = id);',
    '',
  ].join('\n')

  it('finds a table without RLS, an always-true policy, a locking index and a NOT NULL column without default', async () => {
    const sql = [
      'create table profiles (id uuid primary key);',
      'create table notes (id uuid primary key);',
      'alter table notes enable row level security;',
      'create policy "all" on notes for select using (true);',
      'create index accounts_email on accounts (email);',
      'alter table accounts add column plan text not null;',
      '',
    ].join('\n')
    const out = await reviewChange(
      {},
      { 'supabase/migrations/002.sql': sql },
      { agents: ['database-architect'] },
    )
    expect(hits(out)).toEqual([
      'index-without-concurrently@supabase/migrations/002.sql:5',
      'not-null-without-default@supabase/migrations/002.sql:6',
      'policy-always-true@supabase/migrations/002.sql:4',
      'table-without-rls@supabase/migrations/002.sql:1',
    ])
    expect(out.findings.find((f) => f.rule === 'table-without-rls')!.properties.agents).toEqual([
      'database-architect',
    ])
  })

  it('stays quiet on a migration with RLS, a real policy, CONCURRENTLY and a default', async () => {
    const sql = `${migration}create index concurrently accounts_email on accounts (email);\nalter table accounts add column plan text not null default 'free';\n`
    expect((await reviewChange({}, { 'supabase/migrations/002.sql': sql })).findings).toEqual([])
  })

  it('says so when a migration does not parse, instead of passing it silently', async () => {
    const out = await reviewChange(
      {},
      { 'db/003.sql': 'create tabel oops (;\n' },
      { agents: ['database-architect'] },
    )
    expect(out.notices.join('\n')).toMatch(/db\/003\.sql:1 is not valid Postgres SQL/)
  })
})

describe('devops-engineer (workflows)', () => {
  const safe = [
    'name: ci',
    'on: pull_request',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    '        with:',
    '          persist-credentials: false',
    '      - uses: pnpm/action-setup@a7487c7e89a18df4991f7f222e4898a00d66ddda',
    '      - env:',
    '          TITLE: ${{ github.event.pull_request.title }}',
    '        run: echo "$TITLE"',
    '',
  ].join('\n')

  it('finds script injection, unpinned actions, missing permissions and a PR-head checkout, as `launchgate audit` does', async () => {
    const bad = [
      'name: ci',
      'on: pull_request_target',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: ${{ github.event.pull_request.head.sha }}',
      '      - uses: pnpm/action-setup@v4',
      '      - run: |',
      '          echo "building"',
      '          echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n')
    const out = await reviewChange({}, { '.github/workflows/ci.yml': bad }, { agents: ['devops-engineer'] })
    expect(hits(out)).toEqual([
      'artipacked@.github/workflows/ci.yml:7',
      'dangerous-triggers@.github/workflows/ci.yml:2',
      'excessive-permissions@.github/workflows/ci.yml:4',
      'pull-request-target-checkout@.github/workflows/ci.yml:9',
      'template-injection@.github/workflows/ci.yml:13',
      'unpinned-uses@.github/workflows/ci.yml:10',
      'unpinned-uses@.github/workflows/ci.yml:7',
    ])
    expect(out.gate.passed).toBe(false)
  })

  it('stays quiet on a hardened workflow, actionlint included', async () => {
    const out = await reviewChange({}, { '.github/workflows/ci.yml': safe }, { agents: ['devops-engineer'] })
    expect(out.findings).toEqual([])
    expect(out.notices).toEqual([])
  })

  it('reports actionlint problems our own checks do not cover', async () => {
    const out = await reviewChange(
      {},
      { '.github/workflows/ci.yml': safe.replace('echo "$TITLE"', 'echo "${{ matrix.nope }}"') },
      { agents: ['devops-engineer'] },
    )
    expect(out.findings.map((f) => f.rule)).toContain('actionlint/expression')
  })
})

describe('performance-optimizer', () => {
  it('finds a query awaited in a loop and sync I/O in a handler, not the batched async version', async () => {
    const bad = [
      "import { readFileSync } from 'node:fs'",
      'export async function names(db: { query(q: string, p: unknown[]): Promise<unknown> }, ids: string[]) {',
      '  const out = []',
      '  for (const id of ids) {',
      "    out.push(await db.query('select name from users where id = $1', [id]))",
      '  }',
      '  return out',
      '}',
      'export function routes(app: { get(p: string, h: (req: unknown, res: { send(b: unknown): void }) => void): void }) {',
      "  app.get('/logo', (req, res) => res.send(readFileSync('logo.svg')))",
      '}',
      '',
    ].join('\n')
    const out = await reviewChange(
      {},
      { 'src/api/users.ts': bad, ...HANDLER_TEST },
      { agents: ['performance-optimizer'] },
    )
    expect(hits(out)).toEqual([
      'await-in-loop-query@src/api/users.ts:5',
      'sync-io-in-handler@src/api/users.ts:10',
    ])
    const good = bad
      .replace(
        /for \(const id of ids\) \{\n.*\n {2}\}/,
        "out.push(await db.query('select name from users where id = any($1)', [ids]))",
      )
      .replace("import { readFileSync } from 'node:fs'", "import { readFile } from 'node:fs/promises'")
      .replace("res.send(readFileSync('logo.svg'))", "void readFile('logo.svg').then((b) => res.send(b))")
    expect(
      (
        await reviewChange(
          {},
          { 'src/api/users.ts': good, ...HANDLER_TEST },
          { agents: ['performance-optimizer'] },
        )
      ).findings,
    ).toEqual([])
  })
})

describe('react-frontend-specialist (react-hooks, jsx-a11y)', () => {
  it('finds a conditional hook and an image without alt, not the fixed component', async () => {
    const bad = [
      "import { useState } from 'react'",
      'export function Avatar({ url, big }: { url: string; big: boolean }) {',
      '  if (big) {',
      '    const [zoom] = useState(2)',
      '    return <img src={url} width={zoom * 10} />',
      '  }',
      '  return <img src={url} alt="avatar" />',
      '}',
      '',
    ].join('\n')
    const out = await reviewChange({}, { 'src/Avatar.tsx': bad }, { agents: ['react-frontend-specialist'] })
    expect(hits(out)).toEqual([
      'jsx-a11y/alt-text@src/Avatar.tsx:5',
      'react-hooks/rules-of-hooks@src/Avatar.tsx:4',
    ])
    const good = bad
      .replace('  if (big) {\n    const [zoom] = useState(2)', '  const [zoom] = useState(2)\n  if (big) {')
      .replace('width={zoom * 10} />', 'width={zoom * 10} alt="avatar, enlarged" />')
    expect(
      (await reviewChange({}, { 'src/Avatar.tsx': good }, { agents: ['react-frontend-specialist'] }))
        .findings,
    ).toEqual([])
  })
})

describe('testing-automation-expert', () => {
  const dirs: string[] = []
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

  it('flags changed source without a changed test, and uncovered changed lines from lcov', async () => {
    const { repo, base, head } = await changeRepo(
      {},
      {
        'src/price.ts':
          'export function price(n: number) {\n  if (n > 10) {\n    return n * 0.9\n  }\n  return n\n}\n',
      },
    )
    dirs.push(path.dirname(repo.dir))
    await mkdir(path.join(repo.dir, 'coverage'))
    // Lines 1, 2 and 5 ran; the discount branch (3) did not.
    const lcov = `TN:\nSF:${path.join(repo.dir, 'src/price.ts')}\nDA:1,1\nDA:2,3\nDA:3,0\nDA:5,3\nend_of_record\n`
    await writeFile(path.join(repo.dir, 'coverage/lcov.info'), lcov)
    const options = {
      root: repo.dir,
      base,
      head,
      provider: 'offline' as const,
      minScore: 8,
      waiversPath: 'w.yml',
      coveragePath: 'coverage/lcov.info',
      today: '2025-06-01',
    }
    const out = await runReview({ ...options, agents: ['testing-automation-expert'] })
    expect(hits(out)).toEqual([
      'changed-lines-uncovered@src/price.ts:3',
      'source-without-test@src/price.ts:1',
    ])
  })

  it('stays quiet when the source changes with its test and no lcov is present, and says coverage was not checked', async () => {
    const out = await reviewChange(
      {},
      {
        'src/price.ts': 'export const price = (n: number) => n\n',
        'src/price.test.ts': "it('prices', () => undefined)\n",
      },
      { agents: ['testing-automation-expert'] },
    )
    expect(out.findings).toEqual([])
    expect(out.notices.join('\n')).toContain('no lcov report found')
  })
})

/** Clean pull requests: a review should find nothing in them. */
import { JOB, PIN, sql, ts, tsx, workflow, type BenchCase } from './case-kit.js'

export const CLEAN_CASES: BenchCase[] = [
  // clean pull requests
  {
    id: 'clean-util',
    after: ts('money', ['export function cents(n: number) {', '  return Math.round(n * 100)', '}']),
    seeds: [],
  },
  {
    id: 'clean-query',
    after: ts('accounts', [
      'type Db = { query(q: string, p: unknown[]): Promise<unknown> }',
      'export function byEmail(db: Db, email: string) {',
      "  return db.query('SELECT id FROM accounts WHERE email = $1', [email])",
      '}',
      'export function many(db: Db, ids: string[]) {',
      "  return db.query('SELECT id FROM accounts WHERE id = ANY($1)', [ids])",
      '}',
    ]),
    seeds: [],
  },
  {
    id: 'clean-handler',
    after: ts('files', [
      "import { readFile } from 'node:fs/promises'",
      'type App = { get(p: string, h: (req: unknown, res: { send(b: unknown): void }) => Promise<void>): void }',
      'export function routes(app: App) {',
      "  app.get('/logo', async (req, res) => res.send(await readFile('public/logo.svg')))",
      '}',
    ]),
    seeds: [],
  },
  {
    id: 'clean-migration',
    after: sql('010_comments', [
      'create table public.comments (id uuid primary key, author uuid not null, body text);',
      'alter table public.comments enable row level security;',
      'create policy "own" on public.comments for all using (auth.uid() = author) with check (auth.uid() = author);',
      'create index concurrently comments_author_idx on public.reactions (author);',
      "alter table public.accounts add column tier text not null default 'free';",
    ]),
    seeds: [],
  },
  {
    id: 'clean-workflow',
    after: workflow([
      'on: pull_request',
      ...JOB,
      `      - uses: pnpm/action-setup@${PIN}`,
      '      - env:',
      '          TITLE: ${{ github.event.pull_request.title }}',
      '        run: echo "$TITLE"',
    ]),
    seeds: [],
  },
  {
    id: 'clean-component',
    after: tsx('Counter', [
      "import { useEffect, useState } from 'react'",
      'export function Counter({ step }: { step: number }) {',
      '  const [n, setN] = useState(0)',
      '  useEffect(() => {',
      '    document.title = String(n)',
      '  }, [n])',
      '  return (',
      '    <button type="button" onClick={() => setN(n + step)}>',
      '      <img src="/plus.svg" alt="add" /> {n}',
      '    </button>',
      '  )',
      '}',
    ]),
    seeds: [],
  },
  {
    id: 'clean-docs',
    after: {
      'docs/runbook.md': '# Runbook\n\nRestart the worker with `npm run worker`.\n',
      'README.md': '# app\n\nSee docs/runbook.md.\n',
    },
    seeds: [],
  },
  {
    id: 'clean-env',
    after: ts('env', [
      "export const token = process.env.GITHUB_TOKEN ?? ''",
      "export const dbUrl = process.env.DATABASE_URL ?? 'postgres://localhost:5432/dev'",
    ]),
    seeds: [],
  },
  {
    id: 'clean-refactor',
    before: ts('math', ['export function add(a: number, b: number) {', '  return a + b', '}']),
    after: ts('math', [
      'export function add(a: number, b: number): number {',
      '  return a + b',
      '}',
      'export const sum = (xs: number[]) => xs.reduce(add, 0)',
    ]),
    seeds: [],
  },
]

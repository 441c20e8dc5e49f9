/** Seeded defects in application code: code quality, security, performance, React. */
import { S, seed, token, ts, tsx, type BenchCase } from './case-kit.js'

export const APP_CASES: BenchCase[] = [
  // code-reviewer
  {
    id: 'code-debugger',
    after: ts('cart', [
      'export function total(xs: number[]) {',
      `  debugger ${S}`,
      '  return xs.reduce((a, b) => a + b, 0)',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'code-reviewer')],
  },
  {
    id: 'code-dupe-key',
    after: ts('labels', ['export const labels = {', "  save: 'Save',", `  save: 'Store', ${S}`, '}']),
    seeds: [seed('HIGH', 'code-reviewer')],
  },
  {
    id: 'code-self-compare',
    after: ts('dates', [
      'export function same(a: Date, b: Date) {',
      `  return a.getTime() === a.getTime() ${S}`,
      '}',
    ]),
    seeds: [seed('MEDIUM', 'code-reviewer')],
  },
  {
    id: 'code-nan',
    after: ts('parse', ['export function valid(s: string) {', `  return Number(s) !== NaN ${S}`, '}']),
    seeds: [seed('HIGH', 'code-reviewer')],
  },
  {
    id: 'code-unreachable',
    after: ts('retry', [
      'export function attempts(n: number) {',
      '  return Math.min(n, 5)',
      `  console.log('never') ${S}`,
      '}',
    ]),
    seeds: [seed('MEDIUM', 'code-reviewer')],
  },
  {
    id: 'code-dupe-case',
    after: ts('status', [
      'export function label(s: number) {',
      '  switch (s) {',
      "    case 200: return 'ok'",
      `    case 200: return 'created' ${S}`,
      "    default: return 'error'",
      '  }',
      '}',
    ]),
    seeds: [seed('HIGH', 'code-reviewer')],
  },
  // security-auditor
  {
    id: 'sec-github-token',
    after: ts('github', [
      "export const api = 'https://api.github.com'",
      `export const token = '${token('ghp_', '4Xb9Kq2Lm7Np3Rs8Tv1Wx6Yz0Ab5Cd9Ef2Gh')}' ${S}`,
    ]),
    seeds: [seed('CRITICAL', 'security-auditor')],
  },
  {
    id: 'sec-aws-key',
    after: {
      'deploy/.env.production': `REGION=eu-west-1\nAWS_SECRET_ACCESS_KEY=${token('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYzQWERTYKEY')} ${S}\n`,
    },
    seeds: [seed('CRITICAL', 'security-auditor')],
  },
  {
    id: 'sec-slack-webhook',
    after: ts('notify', [
      `const hook = '${token('https://hooks.slack.com/services/', 'T0A1B2C3D/B0A1B2C3D/abcdefghijklmnopqrstuvwx')}' ${S}`,
      'export const post = (text: string) => fetch(hook, { method: "POST", body: JSON.stringify({ text }) })',
    ]),
    seeds: [seed('CRITICAL', 'security-auditor')],
  },
  {
    id: 'sec-db-url',
    after: ts('db', [
      `export const url = '${token('postgres://admin:S3cr3tPassw0rd', '@db.example.com:5432/app')}' ${S}`,
    ]),
    seeds: [seed('CRITICAL', 'security-auditor')],
  },
  {
    id: 'sec-eval',
    after: ts('calc', ['export function calc(expr: string) {', `  return eval(expr) ${S}`, '}']),
    seeds: [seed('HIGH', 'security-auditor', 'code-reviewer')],
  },
  {
    id: 'sec-sql-template',
    after: ts('users', [
      'type Db = { query(q: string, p?: unknown[]): Promise<unknown> }',
      'export function byName(db: Db, name: string) {',
      `  return db.query(\`SELECT * FROM users WHERE name = '\${name}'\`) ${S}`,
      '}',
    ]),
    seeds: [seed('CRITICAL', 'security-auditor', 'database-architect')],
  },
  {
    id: 'sec-sql-concat',
    after: ts('orders', [
      'type Db = { query(q: string): Promise<unknown> }',
      'export function forUser(db: Db, id: string) {',
      `  const q = 'SELECT * FROM orders WHERE user_id = ' + id ${S}`,
      '  return db.query(q)',
      '}',
    ]),
    seeds: [seed('CRITICAL', 'security-auditor', 'database-architect')],
  },
  // performance-optimizer
  {
    id: 'perf-loop-query',
    after: ts('report', [
      'type Db = { query(q: string, p: unknown[]): Promise<unknown> }',
      'export async function rows(db: Db, ids: string[]) {',
      '  const out = []',
      '  for (const id of ids) {',
      `    out.push(await db.query('select * from t where id = $1', [id])) ${S}`,
      '  }',
      '  return out',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'performance-optimizer', 'database-architect')],
  },
  {
    id: 'perf-while-findone',
    after: ts('chain', [
      'type Repo = { findOne(id: string): Promise<{ parent?: string } | null> }',
      'export async function root(repo: Repo, id: string) {',
      '  let cur: string | undefined = id',
      '  while (cur) {',
      `    const row = await repo.findOne(cur) ${S}`,
      '    if (!row?.parent) return cur',
      '    cur = row.parent',
      '  }',
      '  return cur',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'performance-optimizer', 'database-architect')],
  },
  {
    id: 'perf-supabase-loop',
    after: ts('sync', [
      'type Sb = { from(t: string): { select(c: string): Promise<unknown> } }',
      'export async function load(sb: Sb, tables: string[]) {',
      '  for (let i = 0; i < tables.length; i++) {',
      `    await sb.from(tables[i]!).select('*') ${S}`,
      '  }',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'performance-optimizer', 'database-architect')],
  },
  {
    id: 'perf-readfilesync',
    after: ts('server', [
      "import { readFileSync } from 'node:fs'",
      'type App = { get(p: string, h: (req: unknown, res: { send(b: unknown): void }) => void): void }',
      'export function routes(app: App) {',
      "  app.get('/logo', (req, res) => {",
      `    res.send(readFileSync('public/logo.svg')) ${S}`,
      '  })',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'performance-optimizer')],
  },
  {
    id: 'perf-route-sync',
    after: ts('route', [
      "import { statSync } from 'node:fs'",
      'export async function GET(request: Request) {',
      `  const size = statSync('data/export.csv').size ${S}`,
      '  return new Response(String(size), { headers: { "x-url": request.url } })',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'performance-optimizer')],
  },
  // react-frontend-specialist
  {
    id: 'react-conditional-hook',
    after: tsx('Menu', [
      "import { useState } from 'react'",
      'export function Menu({ open }: { open: boolean }) {',
      '  if (!open) return null',
      `  const [i, setI] = useState(0) ${S}`,
      '  return <button onClick={() => setI(i + 1)}>{i}</button>',
      '}',
    ]),
    seeds: [seed('HIGH', 'react-frontend-specialist')],
  },
  {
    id: 'react-deps',
    after: tsx('Clock', [
      "import { useEffect, useState } from 'react'",
      'export function Clock({ every }: { every: number }) {',
      '  const [t, setT] = useState(0)',
      '  useEffect(() => {',
      '    const id = setInterval(() => setT((x) => x + every), every)',
      '    return () => clearInterval(id)',
      `  }, []) ${S}`,
      '  return <p>{t}</p>',
      '}',
    ]),
    seeds: [seed('MEDIUM', 'react-frontend-specialist')],
  },
  {
    id: 'react-img-alt',
    after: tsx('Logo', ['export function Logo() {', `  return <img src="/logo.svg" width={32} /> ${S}`, '}']),
    seeds: [seed('MEDIUM', 'react-frontend-specialist')],
  },
  {
    id: 'react-click-div',
    after: tsx('Card', [
      'export function Card({ go }: { go: () => void }) {',
      `  return <div onClick={go}>Open</div> ${S}`,
      '}',
    ]),
    seeds: [seed('MEDIUM', 'react-frontend-specialist')],
  },
  {
    id: 'react-empty-link',
    after: tsx('Nav', ['export function Nav() {', `  return <nav><a href="/home" /></nav> ${S}`, '}']),
    seeds: [seed('MEDIUM', 'react-frontend-specialist')],
  },
]

/** Seeded defects in infrastructure: migrations, tests, workflows. */
import { JOB, PIN, S, seed, sql, test, workflow, type BenchCase } from './case-kit.js'

export const INFRA_CASES: BenchCase[] = [
  // database-architect
  {
    id: 'db-no-rls',
    after: sql('001_profiles', [`create table public.profiles (id uuid primary key, bio text); ${S}`]),
    seeds: [seed('CRITICAL', 'security-auditor', 'database-architect')],
  },
  {
    id: 'db-no-rls-second',
    after: sql('002_notes', [
      'create table notes (id uuid primary key);',
      'alter table notes enable row level security;',
      `create table note_tags (note uuid, tag text); ${S}`,
    ]),
    seeds: [seed('CRITICAL', 'security-auditor', 'database-architect')],
  },
  {
    id: 'db-policy-true',
    after: sql('003_policy', [
      'create table docs (id uuid primary key);',
      'alter table docs enable row level security;',
      'create policy "read" on docs for select',
      `  using (true); ${S}`,
    ]),
    seeds: [seed('HIGH', 'security-auditor', 'database-architect')],
  },
  {
    id: 'db-check-true',
    after: sql('004_insert', [
      'create table events (id uuid primary key);',
      'alter table events enable row level security;',
      `create policy "write" on events for insert with check (true); ${S}`,
    ]),
    seeds: [seed('HIGH', 'security-auditor', 'database-architect')],
  },
  {
    id: 'db-index-locking',
    after: sql('005_index', [`create index orders_user_idx on orders (user_id); ${S}`]),
    seeds: [seed('MEDIUM', 'database-architect')],
  },
  {
    id: 'db-not-null',
    after: sql('006_plan', [`alter table accounts add column plan text not null; ${S}`]),
    seeds: [seed('HIGH', 'database-architect')],
  },
  // testing-automation-expert
  {
    id: 'test-missing-1',
    after: { 'src/invoice.ts': `export const vat = (n: number) => n * 0.2 ${S}\n` },
    seeds: [seed('LOW', 'testing-automation-expert')],
  },
  {
    id: 'test-missing-2',
    after: {
      'src/lib/slug.ts': `export const slug = (s: string) => s.toLowerCase().replace(/\\s+/g, '-') ${S}\n`,
      'src/lib/other.test.ts': "it('x', () => undefined)\n",
    },
    seeds: [seed('LOW', 'testing-automation-expert')],
  },
  {
    id: 'test-missing-3',
    before: { 'src/api/auth.ts': 'export const a = 1\n' },
    after: { 'src/api/auth.ts': `export const a = 1\nexport const ttl = 3600 ${S}\n` },
    seeds: [seed('LOW', 'testing-automation-expert')],
  },
  {
    id: 'test-uncovered-1',
    after: {
      ...test('discount'),
      'src/discount.ts': [
        'export function discount(n: number) {',
        '  if (n > 100) {',
        `    return n * 0.9 ${S}`,
        '  }',
        '  return n',
        '}',
        '',
      ].join('\n'),
    },
    workTree: { 'coverage/lcov.info': 'SF:src/discount.ts\nDA:1,4\nDA:2,4\nDA:3,0\nDA:5,4\nend_of_record\n' },
    seeds: [seed('LOW', 'testing-automation-expert')],
  },
  {
    id: 'test-uncovered-2',
    after: {
      ...test('retry'),
      'src/retry.ts': [
        'export function retry(n: number) {',
        '  if (n < 0) {',
        `    throw new Error('negative') ${S}`,
        '  }',
        '  return n',
        '}',
        '',
      ].join('\n'),
    },
    workTree: { 'coverage/lcov.info': 'SF:src/retry.ts\nDA:1,2\nDA:2,2\nDA:3,0\nDA:5,2\nend_of_record\n' },
    seeds: [seed('LOW', 'testing-automation-expert')],
  },
  // devops-engineer
  {
    id: 'ops-injection-title',
    after: workflow([
      'on: issues',
      ...JOB,
      '      - run: |',
      '          echo "triaging"',
      `          echo "\${{ github.event.issue.title }}" ${S}`,
    ]),
    seeds: [seed('CRITICAL', 'devops-engineer', 'security-auditor')],
  },
  {
    id: 'ops-injection-head-ref',
    after: workflow(['on: pull_request', ...JOB, `      - run: git log origin/\${{ github.head_ref }} ${S}`]),
    seeds: [seed('CRITICAL', 'devops-engineer', 'security-auditor')],
  },
  {
    id: 'ops-github-script',
    after: workflow([
      'on: issue_comment',
      ...JOB,
      `      - uses: actions/github-script@${PIN}`,
      '        with:',
      '          script: |',
      `            console.log("\${{ github.event.comment.body }}") ${S}`,
    ]),
    seeds: [seed('CRITICAL', 'devops-engineer', 'security-auditor')],
  },
  {
    id: 'ops-unpinned',
    after: workflow(['on: push', ...JOB, `      - uses: pnpm/action-setup@v4 ${S}`]),
    seeds: [seed('MEDIUM', 'devops-engineer')],
  },
  {
    id: 'ops-no-permissions',
    after: workflow([`on: push ${S}`, ...JOB.slice(2), '      - run: npm test']),
    seeds: [seed('MEDIUM', 'devops-engineer')],
  },
  {
    id: 'ops-prt-checkout',
    after: workflow([
      'on: pull_request_target',
      ...JOB,
      '        with:',
      `          ref: \${{ github.event.pull_request.head.sha }} ${S}`,
      '      - run: npm ci && npm test',
    ]),
    seeds: [seed('CRITICAL', 'devops-engineer', 'security-auditor')],
  },
]

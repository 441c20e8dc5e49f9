/**
 * What a benchmark case is, and the helpers the case files write them with. The seeded-defect benchmark's pull requests. Each case is one commit pair: `before` (optional)
 * then `after`. A line ending in `@@SEED` holds an injected defect of the listed areas; the runner
 * strips the marker before committing, so the analyzers see ordinary code. Clean cases have no
 * seeds and should produce no findings at all.
 */
import type { ReviewAgent, ReviewSeverity } from '../../src/review/findings.js'

export interface SeedSpec {
  agents: ReviewAgent[]
  severity: ReviewSeverity
}

export interface BenchCase {
  id: string
  after: Record<string, string>
  before?: Record<string, string>
  /** Files written to the work tree but not committed (coverage reports). */
  workTree?: Record<string, string>
  /** What each `@@SEED` marker in this case means, in marker order across files. */
  seeds: SeedSpec[]
}

export const S = '@@SEED'
export const seed = (severity: ReviewSeverity, ...agents: ReviewAgent[]): SeedSpec => ({ agents, severity })
export const test = (name: string) => ({
  [`src/${name}.test.ts`]: `import { it } from 'vitest'\nit('${name}', () => undefined)\n`,
})
export const ts = (name: string, lines: string[]) => ({
  [`src/${name}.ts`]: `${lines.join('\n')}\n`,
  ...test(name),
})
export const tsx = (name: string, lines: string[]) => ({
  [`src/${name}.tsx`]: `${lines.join('\n')}\n`,
  ...test(name),
})
export const sql = (name: string, lines: string[]) => ({
  [`supabase/migrations/${name}.sql`]: `${lines.join('\n')}\n`,
})
export const workflow = (lines: string[]) => ({ '.github/workflows/ci.yml': `${lines.join('\n')}\n` })
export const PIN = 'a7487c7e89a18df4991f7f222e4898a00d66ddda'
export const JOB = [
  'permissions:',
  '  contents: read',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
]
// Built at run time so no scanner flags this file itself.
export const token = (prefix: string, body: string) => `${prefix}${body}`

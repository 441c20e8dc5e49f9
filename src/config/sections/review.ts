import { z } from 'zod'

/** The plan's seven specialised reviewers. */
export const REVIEW_AGENTS = [
  'code-reviewer',
  'security-auditor',
  'performance-optimizer',
  'database-architect',
  'testing-automation-expert',
  'devops-engineer',
  'react-frontend-specialist',
] as const

/** Phase 5 of the launch plan: seven reviewers, one gate. */
export const reviewSchema = z.strictObject({
  agents: z.array(z.enum(REVIEW_AGENTS)).default([...REVIEW_AGENTS]),
  provider: z.enum(['offline', 'anthropic', 'openai']).default('offline'),
  model: z.string().optional(),
  'min-score': z.number().min(0).max(10).default(8).describe('each area must score above this'),
  waivers: z.string().default('.github/launchgate-waivers.yml').describe('documented HIGH findings'),
  exclude: z
    .array(z.string().min(1))
    .default([
      'dist/**',
      'build/**',
      '**/node_modules/**',
      '**/vendor/**',
      '**/*.min.js',
      '**/package-lock.json',
    ])
    .describe('generated or vendored paths left out of the review (globs relative to the root)'),
  coverage: z
    .string()
    .default('coverage/lcov.info')
    .describe(
      'lcov report of the test run, relative to the root; changed-line coverage is checked when it exists',
    ),
})

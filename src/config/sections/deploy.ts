import { z } from 'zod'

/** Phase 6 of the launch plan: staging to main by manual dispatch. */
export const deploySchema = z.strictObject({
  environment: z.string().default('production'),
  'source-branch': z.string().default('staging'),
  'target-branch': z.string().default('main'),
  checklist: z
    .strictObject({
      'required-checks': z.boolean().default(true).describe("staging's checks green for its head commit"),
      'blocking-label': z
        .string()
        .default('blocking')
        .describe('open PRs into staging with it stop a deploy'),
      secrets: z.array(z.string()).default([]).describe('names that must be set; values are never printed'),
      migrations: z.string().default('supabase/migrations').describe('folder of database migrations'),
      changelog: z.string().default('CHANGELOG.md'),
    })
    .default({
      'required-checks': true,
      'blocking-label': 'blocking',
      secrets: [],
      migrations: 'supabase/migrations',
      changelog: 'CHANGELOG.md',
    }),
  'wait-timeout-minutes': z.number().positive().default(20),
  'p95-budget-ms': z.number().positive().default(2000).describe('smoke tests: the plan asks P95 < 2 s'),
})

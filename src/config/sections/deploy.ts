import { z } from 'zod'
import { browserSmokeKeys, browserTestSchema } from './deploy-browser.js'

/**
 * Phase 6 of the launch plan: staging to main by manual dispatch. Every key added after the first
 * version has a default (or is optional), so files written for the first version stay valid.
 */

/** A secret's name: what the workflow passes as an environment variable. Never its value. */
const secretName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a secret name: letters, digits and _, not starting with a digit')

const url = z.url({ protocol: /^https?$/ })
/** A URL, or a path resolved against `smoke.base-url`. */
const urlOrPath = z.union([url, z.string().startsWith('/')])

/** `false` turns the item off; a string configures it. */
const pathOrOff = (fallback: string, what: string) =>
  z
    .union([z.string().min(1), z.literal(false)])
    .default(fallback)
    .describe(what)

const docsRule = z.strictObject({
  name: z.string().min(1).describe('what the rule is about, e.g. "API docs"'),
  when: z.array(z.string().min(1)).min(1).describe('globs: when a deployed change touches one of these...'),
  touch: z.array(z.string().min(1)).min(1).describe('...one of these globs must change too'),
})

const checklistSchema = z.strictObject({
  'required-checks': z
    .union([z.boolean(), z.array(z.string().min(1)).min(1)])
    .default(true)
    .describe(
      "staging's checks green for its head commit: true for every check (at least one), a list for those names, false to skip",
    ),
  'blocking-label': z
    .union([z.string().min(1), z.literal(false)])
    .default('blocking')
    .describe('open PRs into staging with it stop a deploy; false to skip'),
  secrets: z
    .array(secretName)
    .default([])
    .describe('secrets that must be set (passed as environment variables); values are never printed'),
  variables: z.array(secretName).default([]).describe('environment variables that must be set'),
  migrations: pathOrOff(
    'supabase/migrations',
    'folder of database migrations: new ones are listed, an edited or deleted applied one fails',
  ),
  changelog: pathOrOff('CHANGELOG.md', 'must change since the last release; false to skip'),
  docs: z
    .array(docsRule)
    .default([])
    .describe('README and API docs that must change with the code they describe'),
  skip: z
    .array(z.string().min(1))
    .default([])
    .describe('item ids skipped every time (the workflow input skips per run)'),
})

const hostFields = {
  name: z.string().min(1),
  url: url.optional().describe('the public URL of what this target serves: the environment URL'),
}

const netlifyTarget = z.strictObject({
  ...hostFields,
  kind: z.literal('netlify'),
  'site-id': z.string().min(1),
  'token-secret': secretName.default('NETLIFY_AUTH_TOKEN'),
  'api-url': url.default('https://api.netlify.com/api/v1'),
})

const renderTarget = z.strictObject({
  ...hostFields,
  kind: z.literal('render'),
  'service-id': z.string().min(1),
  'token-secret': secretName.default('RENDER_API_KEY'),
  'api-url': url.default('https://api.render.com/v1'),
})

const healthTarget = z.strictObject({
  ...hostFields,
  kind: z.literal('health'),
  'health-url': url.describe('application/health+json whose releaseId or version is the deployed sha'),
})

/** Where the merged commit goes live, and how launchgate can tell. */
export const targetSchema = z.discriminatedUnion('kind', [netlifyTarget, renderTarget, healthTarget])

const expectSchema = z.strictObject({
  status: z.number().int().min(100).max(599).default(200),
  json: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .default({})
    .describe('dotted paths of the JSON body and the values they must hold'),
  'latency-ms': z.number().positive().optional().describe('this check fails when slower'),
})

const testFields = {
  name: z.string().min(1),
  path: urlOrPath,
  'timeout-ms': z.number().positive().default(10_000),
}

const httpTest = z.strictObject({
  ...testFields,
  kind: z.literal('http'),
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
  headers: z.record(z.string(), z.string()).default({}),
  'header-secrets': z
    .record(z.string(), secretName)
    .default({})
    .describe('header name -> secret whose value is sent (masked)'),
  body: z.unknown().optional(),
  authenticated: z.boolean().default(false).describe('send the token of smoke.login'),
  expect: expectSchema.default({ status: 200, json: {} }),
})

const authTest = z.strictObject({
  ...testFields,
  kind: z.literal('auth'),
  expect: expectSchema.default({ status: 200, json: {} }),
})

const websocketTest = z.strictObject({
  ...testFields,
  kind: z.literal('websocket'),
  message: z
    .record(z.string(), z.unknown())
    .default({ type: 'ping' })
    .describe('sent with a fresh correlationId; the answer must carry it back'),
})

const databaseTest = z.strictObject({
  ...testFields,
  kind: z.literal('db-write'),
  body: z.record(z.string(), z.unknown()).describe('record to create; launchgate adds a smoke-test marker'),
  'id-field': z.string().default('id'),
  authenticated: z.boolean().default(false),
})

/** One smoke test; `kind` picks its shape. */
export const smokeTestSchema = z.discriminatedUnion('kind', [
  httpTest,
  authTest,
  websocketTest,
  databaseTest,
  browserTestSchema,
])

const smokeSchema = z.strictObject({
  'base-url': url.optional().describe('paths of tests resolve against it; a target URL by default'),
  login: z
    .strictObject({
      path: urlOrPath.default('/api/auth/login'),
      'email-secret': secretName.default('SMOKE_TEST_EMAIL'),
      'password-secret': secretName.default('SMOKE_TEST_PASSWORD'),
      'token-field': z.string().default('token'),
    })
    .optional()
    .describe('test credentials for auth tests and authenticated checks'),
  tests: z.array(smokeTestSchema).default([]),
  concurrency: z.number().int().positive().default(4).describe('tests in flight at once'),
  ...browserSmokeKeys,
})

const sentrySchema = z.strictObject({
  'api-url': url.default('https://sentry.io'),
  org: z.string().min(1),
  projects: z.array(z.string().min(1)).min(1),
  'token-secret': secretName.default('SENTRY_AUTH_TOKEN'),
  repository: z.string().optional().describe('Sentry repository name for the release refs, e.g. acme/app'),
})

export const ROLLBACK_CAUSES = ['smoke-tests', 'host-failure', 'timeout'] as const

export const deploySchema = z.strictObject({
  environment: z.string().default('production'),
  'source-branch': z.string().default('staging'),
  'target-branch': z.string().default('main'),
  promote: z
    .enum(['auto', 'merge', 'pull-request'])
    .default('auto')
    .describe('auto: the merges API, and a pull request when branch protection refuses it'),
  'pull-request-label': z.string().default('deploy'),
  checklist: checklistSchema.default(checklistSchema.parse({})),
  targets: z.array(targetSchema).default([]).describe('where the merge goes live; none skips the wait'),
  'wait-timeout-minutes': z.number().positive().default(20),
  'poll-seconds': z.number().positive().default(15),
  smoke: smokeSchema.default(smokeSchema.parse({})),
  'p95-budget-ms': z.number().positive().default(2000).describe('smoke tests: the plan asks P95 < 2 s'),
  sentry: sentrySchema.optional().describe('create the release and a deploy marker when set'),
  'rollback-on': z
    .array(z.enum(ROLLBACK_CAUSES))
    .default(['smoke-tests', 'host-failure'])
    .describe('failures that open the rollback pull request and issue'),
})

export type DeployConfig = z.output<typeof deploySchema>
export type DeployTarget = z.output<typeof targetSchema>
export type SmokeTestConfig = z.output<typeof smokeTestSchema>
export type ChecklistConfig = DeployConfig['checklist']
export type SentryConfig = z.output<typeof sentrySchema>

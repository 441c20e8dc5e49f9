import { z } from 'zod'

const share = z.number().min(0).max(1)
const count = z.number().int().positive()

/** The plan's schedule: every 5 minutes in hour 1, every 15 in hours 2 to 3, every 30 in hour 4. */
export const PLAN_CADENCE = [
  { 'until-hour': 1, 'every-minutes': 5 },
  { 'until-hour': 3, 'every-minutes': 15 },
  { 'until-hour': 4, 'every-minutes': 30 },
]

const probeCount = count.max(50)
const timeoutMs = count.max(60_000)

/** Sentry, where the HTTP signals of the deployed release come from. */
const sentrySection = z.strictObject({
  url: z
    .url()
    .default('https://sentry.io')
    .describe('region base URL: https://sentry.io (US), https://de.sentry.io (EU), or a self-hosted URL'),
  org: z.string().min(1).describe('organization slug'),
  project: z
    .string()
    .min(1)
    .optional()
    .describe('project slug; all projects of the organization when absent'),
  environment: z
    .string()
    .min(1)
    .optional()
    .describe("Sentry's environment; the monitor's environment when absent"),
  release: z
    .string()
    .includes('{sha}')
    .default('{sha}')
    .describe('the Sentry release of a deploy, {sha} being the deployed commit (the deploy creates it)'),
  'interval-minutes': count.default(5).describe('bucket size of the time series'),
  'cron-slug': z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('launchgate-monitor')
    .describe("slug of the monitor's own cron monitor (check-ins need LAUNCHGATE_SENTRY_DSN)"),
})

const probeSection = (probes: number) =>
  z.strictObject({
    url: z.url(),
    probes: probeCount.default(probes).describe('probes per run'),
    'timeout-ms': timeoutMs.default(5000).describe('budget of one probe'),
  })

/** Labels the monitor reads and writes. */
const labelsSection = z.strictObject({
  rollback: z.string().min(1).default('rollback').describe('on the rollback PR and issue'),
  hold: z
    .string()
    .min(1)
    .default('rollback:hold')
    .describe("on the deploy's PR or issue (or the rollback's): stops automatic action"),
  blind: z.string().min(1).default('monitor:blind').describe('on the "monitor is blind" issue'),
})

const LABELS = { rollback: 'rollback', hold: 'rollback:hold', blind: 'monitor:blind' }

const cadenceStep = z.strictObject({
  'until-hour': z.number().positive().describe('this step applies until this many hours after the deploy'),
  'every-minutes': z.number().positive().describe('minutes between checks during the step'),
})

/**
 * Phase 7 of the launch plan: watch after a deploy and roll back when a trigger fires. Keys added
 * after `dry-run` keep older files valid: every one has the plan's default.
 */
export const monitorSchema = z.strictObject({
  environment: z.string().default('production'),
  'window-hours': z.number().positive().default(4).describe('stop watching after this'),
  thresholds: z
    .strictObject({
      'error-rate': share.default(0.05),
      'websocket-failure-rate': share.default(0.1),
      'p95-ms': z.number().positive().default(5000),
    })
    .default({ 'error-rate': 0.05, 'websocket-failure-rate': 0.1, 'p95-ms': 5000 }),
  'dry-run': z.boolean().default(false),
  cadence: z
    .array(cadenceStep)
    .min(1)
    .refine((steps) => steps.every((s, i) => i === 0 || s['until-hour'] > steps[i - 1]!['until-hour']), {
      message: "steps must be in increasing 'until-hour' order",
    })
    .default(PLAN_CADENCE)
    .describe('check intervals by time since the deploy; the last interval continues to the window end'),
  'min-samples': z
    .strictObject({
      requests: count
        .default(100)
        .describe('HTTP requests a bucket needs before its error rate or P95 counts'),
      'websocket-attempts': count.default(20).describe('connection attempts a bucket needs'),
      'health-probes': count
        .default(3)
        .describe('failing probes among the last 2n-1 that confirm a health or check failure (3 of 5)'),
    })
    .default({ requests: 100, 'websocket-attempts': 20, 'health-probes': 3 }),
  'consecutive-buckets': count.default(2).describe('failing buckets in a row before a soft signal fails'),
  confidence: z
    .number()
    .gt(0.5)
    .lt(1)
    .default(0.95)
    .describe('one-sided confidence of the bound a failure rate must clear'),
  'blind-after-runs': count
    .default(3)
    .describe('runs in a row without data before a "monitor is blind" issue'),
  'scheduler-minutes': count.default(5).describe('period of the scheduled workflow (its cron)'),
  'settle-minutes': z
    .number()
    .min(0)
    .default(1)
    .describe('checks run this long after a bucket closes, so the source has all of it'),
  sentry: sentrySection
    .optional()
    .describe('HTTP error rate and P95 of the release; needs SENTRY_AUTH_TOKEN'),
  health: probeSection(5).optional().describe("the app's health endpoint (application/health+json)"),
  websocket: probeSection(20)
    .extend({ message: z.unknown().optional().describe('JSON sent on connect; a ping by default') })
    .optional()
    .describe("the app's WebSocket: connects per run and their failure share"),
  'security-alerts': z
    .strictObject({
      dependabot: z.boolean().default(true),
      'code-scanning': z.boolean().default(true),
    })
    .default({ dependabot: true, 'code-scanning': true })
    .describe('critical Dependabot and code scanning alerts opened since the deploy (GitHub only)'),
  labels: labelsSection.default(LABELS),
  'base-branch': z
    .string()
    .min(1)
    .optional()
    .describe("the branch deploys land on, when the deployment's ref is a sha; main by default"),
  'app-token-env': z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/)
    .default('LAUNCHGATE_APP_TOKEN')
    .describe(
      'environment variable holding a GitHub App token for the rollback PR and issue: a PR opened with GITHUB_TOKEN triggers no workflows',
    ),
})

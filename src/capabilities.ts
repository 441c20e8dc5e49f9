/**
 * The capability registry: the one list that the config schema, `launchgate config`, the CLI's
 * commands, the umbrella action, the action entries, the package exports, the config `init`
 * writes and the README read.
 * A new capability is one folder plus one entry here (see "Adding a capability" in the README);
 * test/capabilities.test.ts holds every other list to this one.
 *
 * Everything heavy is loaded lazily: the CLI and the actions import this file on every run, and
 * `launchgate consolidation` must not pay for the review's ESLint.
 */
import type { LoadedConfig } from './config/load.js'
import type { LaunchgateConfig } from './config/schema.js'
import { auditSchema } from './config/sections/audit.js'
import { consolidationSchema } from './config/sections/consolidation.js'
import { deploySchema } from './config/sections/deploy.js'
import { monitorSchema } from './config/sections/monitor.js'
import { prefilterSchema } from './config/sections/prefilter.js'
import { reviewSchema } from './config/sections/review.js'
import type { Register } from './cli/io.js'
import type { Finding } from './report/types.js'
import type { Runtime } from './runtime/runtime.js'

/** Checks of a loaded config beyond its schema (a canonical file that is not there). */
export type ConfigCheck = (loaded: LoadedConfig, root: string) => Promise<Finding[]>
/** An action's body: what it does once the runtime is built. */
export type ActionBody = (runtime: Runtime) => Promise<void>

export interface Capability {
  name: string
  /** One line: the CLI's help and the README's table. */
  summary: string
  /** Its section of `.github/launchgate.yml`. */
  section?: keyof typeof SECTIONS
  /** Its row of `launchgate config`: the settings that matter most. */
  describe?: (config: LaunchgateConfig) => string
  /** Its checks of the config against the repository. */
  check?: () => Promise<ConfigCheck>
  /** Its CLI command. */
  command?: () => Promise<Register>
  /** Its actions, by name (`actions/<name>/action.yml`, `dist/<name>.js`). */
  actions?: Readonly<Record<string, () => Promise<ActionBody>>>
  /** Whether the umbrella action (`command: <name>`) runs its action of the same name. */
  umbrella?: boolean
  /** Its public API, re-exported by `src/index.ts`. */
  library?: string
}

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`

/**
 * The config file's sections, by the capability that owns each. Kept apart from the entries
 * because the config's type is composed from these alone, and the entries are typed by it.
 */
export const SECTIONS = {
  consolidation: consolidationSchema,
  prefilter: prefilterSchema,
  review: reviewSchema,
  deploy: deploySchema,
  monitor: monitorSchema,
  audit: auditSchema,
} as const

export const CAPABILITIES: readonly Capability[] = [
  {
    name: 'config',
    summary: 'validate .github/launchgate.yml and show the settings',
    command: async () => (await import('./cli/commands/config.js')).registerConfig,
    actions: { config: async () => (await import('./actions/config.js')).configAction },
    umbrella: true,
    library: './config/load.js',
  },
  {
    name: 'consolidation',
    summary: 'one implementation per concern, and nothing imports the deprecated ones',
    section: 'consolidation',
    describe: (c) =>
      `${c.consolidation.concerns.length} concern(s): ${c.consolidation.concerns.map((x) => x.name).join(', ') || 'none'}`,
    check: async () => (await import('./consolidation/config-check.js')).checkConsolidationConfig,
    command: async () => (await import('./cli/commands/consolidation.js')).registerConsolidation,
    actions: { consolidation: async () => (await import('./actions/consolidation.js')).consolidationAction },
    umbrella: true,
    library: './consolidation/run.js',
  },
  {
    name: 'prefilter',
    summary: 'send only the tools a message needs, gated by a token benchmark',
    section: 'prefilter',
    describe: (c) =>
      `min token reduction ${pct(c.prefilter['min-token-reduction'])}, min completeness ${pct(c.prefilter['min-completeness'])}, core tools ${c.prefilter['core-tools'].join(', ') || 'none'}`,
    check: async () => (await import('./prefilter/config-file-check.js')).checkPrefilterFile,
    command: async () => (await import('./cli/commands/prefilter.js')).registerPrefilter,
    actions: { prefilter: async () => (await import('./actions/prefilter.js')).prefilterAction },
    umbrella: true,
    library: './prefilter/index.js',
  },
  {
    name: 'review',
    summary: '7 review agents and one gate: no CRITICAL, HIGH addressed, every area above the bar',
    section: 'review',
    describe: (c) =>
      `${c.review.agents.length} agents, provider ${c.review.provider}, each area > ${c.review['min-score']}/10`,
    command: async () => (await import('./cli/commands/review.js')).registerReview,
    actions: {
      'review-agent': async () => (await import('./actions/review-agent.js')).reviewAgentAction,
      'review-aggregate': async () => (await import('./actions/review-aggregate.js')).reviewAggregateAction,
    },
    library: './review/index.js',
  },
  {
    name: 'deploy',
    summary: 'checklist, merge staging into main, wait until live, smoke tests, deployment record',
    section: 'deploy',
    describe: (c) => `${c.deploy['source-branch']} -> ${c.deploy['target-branch']} (${c.deploy.environment})`,
    check: async () => (await import('./deploy/config-check.js')).checkDeployConfig,
    command: async () => (await import('./cli/commands/deploy.js')).registerDeploy,
    actions: { deploy: async () => (await import('./actions/deploy.js')).deployAction },
    umbrella: true,
    library: './deploy/index.js',
  },
  {
    name: 'smoke',
    summary: "run the deploy's smoke tests against a running app",
    command: async () => (await import('./cli/commands/smoke.js')).registerSmoke,
  },
  {
    name: 'monitor',
    summary: 'judge a deploy live and open one rollback PR and issue when a trigger fires',
    section: 'monitor',
    describe: (c) =>
      `error rate > ${pct(c.monitor.thresholds['error-rate'])}, WebSocket failures > ${pct(c.monitor.thresholds['websocket-failure-rate'])}, P95 > ${c.monitor.thresholds['p95-ms']} ms, for ${c.monitor['window-hours']} h`,
    command: async () => (await import('./cli/commands/monitor.js')).registerMonitor,
    actions: { monitor: async () => (await import('./actions/monitor.js')).monitorAction },
    umbrella: true,
    library: './monitor/index.js',
  },
  {
    name: 'audit',
    summary: 'audit the workflows: least privilege, pins, injection, triggers',
    section: 'audit',
    command: async () => (await import('./cli/commands/audit.js')).registerAudit,
  },
  {
    name: 'rehearse',
    summary: 'the whole launch plan offline: PR gate, deploy, monitor, rollback',
    command: async () => (await import('./cli/commands/rehearse.js')).registerRehearse,
  },
  {
    name: 'init',
    summary: 'write the config and workflows for a repository',
    command: async () => (await import('./cli/commands/init.js')).registerInit,
  },
]

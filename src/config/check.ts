/**
 * The `config` capability: validate `.github/launchgate.yml` and describe what each section will
 * do. Pure: builds a report from a loaded config or from the problems that stopped it loading.
 */
import type { Finding, Report } from '../report/types.js'
import type { ConfigProblem } from './errors.js'
import type { LoadedConfig } from './load.js'
import { DEFAULT_CONFIG_PATH } from './schema.js'

/** A config that parses but points at something that is not there (a missing canonical file). */
export interface ConfigReference {
  rule: string
  key: string
  message: string
}

/**
 * Report for a config that loaded: one row per capability with its key settings, and one HIGH
 * finding per broken reference (the config is then not valid).
 */
export function describeConfig(loaded: LoadedConfig, broken: ConfigReference[] = []): Report {
  const c = loaded.config
  const source = loaded.file ?? `${DEFAULT_CONFIG_PATH} (absent: defaults apply)`
  const rows: Array<[string, string]> = [
    [
      'consolidation',
      `${c.consolidation.concerns.length} concern(s): ${names(c.consolidation.concerns) || 'none'}`,
    ],
    [
      'prefilter',
      `min token reduction ${pct(c.prefilter['min-token-reduction'])}, min completeness ${pct(c.prefilter['min-completeness'])}, core tools ${c.prefilter['core-tools'].join(', ') || 'none'}`,
    ],
    [
      'review',
      `${c.review.agents.length} agents, provider ${c.review.provider}, each area > ${c.review['min-score']}/10`,
    ],
    ['deploy', `${c.deploy['source-branch']} -> ${c.deploy['target-branch']} (${c.deploy.environment})`],
    [
      'monitor',
      `error rate > ${pct(c.monitor.thresholds['error-rate'])}, WebSocket failures > ${pct(c.monitor.thresholds['websocket-failure-rate'])}, P95 > ${c.monitor.thresholds['p95-ms']} ms, for ${c.monitor['window-hours']} h`,
    ],
  ]
  const findings: Finding[] = broken.map((b) => ({
    rule: b.rule,
    severity: 'HIGH',
    message: b.message,
    ...(loaded.file ? { file: loaded.file } : {}),
    properties: { key: b.key },
  }))
  return {
    capability: 'config',
    title:
      broken.length === 0
        ? `Config ${source} is valid`
        : `Config ${source} has ${broken.length} broken reference(s)`,
    ok: broken.length === 0,
    findings,
    sections: [{ title: 'Capabilities', table: { columns: ['capability', 'settings'], rows } }],
    data: { file: loaded.file ?? null, config: c },
  }
}

/** Report for a config that failed to load: one finding per problem, at its line and column. */
export function describeConfigProblems(problems: ConfigProblem[]): Report {
  const findings: Finding[] = problems.map((p) => ({
    rule: 'invalid-config',
    severity: 'HIGH',
    message: p.message,
    file: p.position.file,
    line: p.position.line,
    column: p.position.column,
    properties: { key: p.key },
  }))
  return {
    capability: 'config',
    title: `Config ${problems[0]?.position.file ?? ''} has ${problems.length} problem(s)`,
    ok: false,
    findings,
    data: { file: problems[0]?.position.file ?? null },
  }
}

function names(concerns: Array<{ name: string }>): string {
  return concerns.map((c) => c.name).join(', ')
}

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`
}

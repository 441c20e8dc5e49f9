/**
 * The `config` capability: validate `.github/launchgate.yml` and describe what each section will
 * do. Pure: builds a report from a loaded config or from the problems that stopped it loading.
 */
import type { Finding, Report } from '../report/types.js'
import type { ConfigProblem } from './errors.js'
import type { LoadedConfig } from './load.js'
import { CAPABILITIES } from '../capabilities.js'
import { DEFAULT_CONFIG_PATH } from './schema.js'

/**
 * Report for a config that loaded: one row per capability with its key settings (the registry's
 * `describe`), and the findings of the capabilities' checks against the repository; a HIGH one
 * makes the config not valid.
 */
export function describeConfig(loaded: LoadedConfig, checked: Finding[] = []): Report {
  const c = loaded.config
  const source = loaded.file ?? `${DEFAULT_CONFIG_PATH} (absent: defaults apply)`
  const rows = CAPABILITIES.flatMap((capability): Array<[string, string]> =>
    capability.describe ? [[capability.name, capability.describe(c)]] : [],
  )
  const broken = checked.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL').length
  return {
    capability: 'config',
    title: broken === 0 ? `Config ${source} is valid` : `Config ${source} has ${broken} broken reference(s)`,
    ok: broken === 0,
    findings: checked,
    sections: [{ title: 'Capabilities', table: { columns: ['capability', 'settings'], rows } }],
    data: { file: loaded.file ?? null, config: c },
  }
}

/** Runs every capability's check of the config against the repository, in the registry's order. */
export async function checkConfig(loaded: LoadedConfig, root: string): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const capability of CAPABILITIES) {
    if (capability.check) findings.push(...(await (await capability.check())(loaded, root)))
  }
  return findings
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

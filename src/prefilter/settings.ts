/** The `prefilter` config section as library options and benchmark gates. */
import type { LaunchgateConfig } from '../config/schema.js'
import type { BenchmarkGates } from './bench.js'
import type { Associations } from './learn.js'
import type { PrefilterOptions } from './prefilter.js'

type PrefilterConfig = LaunchgateConfig['prefilter']

/**
 * Library options from the config section.
 * @param coreOverride `--core a,b` on the command line, replacing the configured core tools
 */
export function optionsFromConfig(
  config: PrefilterConfig,
  coreOverride?: readonly string[],
): PrefilterOptions {
  return {
    coreTools: coreOverride ?? config['core-tools'],
    ...(config['max-tools'] !== undefined ? { maxTools: config['max-tools'] } : {}),
    ...(config['max-tokens'] !== undefined ? { maxTokens: config['max-tokens'] } : {}),
    aliases: config.aliases ?? {},
    categories: config.categories ?? {},
    pages: config.pages ?? {},
    companions: config.companions ?? {},
    synonyms: config.synonyms ?? [],
    recentLimit: config['recent-limit'],
    serialisation: config.serialisation,
  }
}

/**
 * Options with what `prefilter learn` found merged in: learned words join the configured aliases;
 * configured companions of a tool win over learned ones (a reviewer's word beats a count).
 */
export function withAssociations(
  options: PrefilterOptions,
  learned: Associations | undefined,
): PrefilterOptions {
  if (!learned) return options
  const aliases: Record<string, string[]> = {}
  for (const source of [learned.aliases, options.aliases ?? {}])
    for (const [tool, words] of Object.entries(source)) aliases[tool] = [...(aliases[tool] ?? []), ...words]
  return { ...options, aliases, companions: { ...learned.companions, ...options.companions } }
}

/** Gates from the config section. */
export function gatesFromConfig(config: PrefilterConfig): BenchmarkGates {
  return {
    minTokenReduction: config['min-token-reduction'],
    minCompleteness: config['min-completeness'],
    targetTokenReduction: config['target-token-reduction'],
  }
}

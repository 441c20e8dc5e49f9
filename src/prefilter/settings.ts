/** The `prefilter` config section as library options and benchmark gates. */
import type { LaunchgateConfig } from '../config/schema.js'
import type { BenchmarkGates } from './bench.js'
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

/** Gates from the config section. */
export function gatesFromConfig(config: PrefilterConfig): BenchmarkGates {
  return {
    minTokenReduction: config['min-token-reduction'],
    minCompleteness: config['min-completeness'],
    targetTokenReduction: config['target-token-reduction'],
  }
}

/** The `prefilter` config section as library options and benchmark gates. */
import type { LaunchgateConfig } from '../config/schema.js'
import type { BenchmarkGates } from './bench.js'
import { openAiEmbeddings, type EmbeddingsProvider } from './embeddings.js'
import type { Associations } from './learn.js'
import type { PrefilterOptions } from './prefilter.js'

export type PrefilterConfig = LaunchgateConfig['prefilter']

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

/** What {@link embeddingsFromConfig} decided: a provider, or why there is none. */
export interface EmbeddingsSetting {
  provider?: EmbeddingsProvider
  /** Set when `embeddings` is configured but cannot be used; the caller warns and runs offline. */
  warning?: string
}

/**
 * The embeddings provider the config section names, with its key read from the environment
 * variable it names. The key never appears in a message; an unset variable is a warning (the
 * filter runs offline), not a crash.
 * @param env the process environment (passed in, so this stays a pure decision)
 */
export function embeddingsFromConfig(
  config: PrefilterConfig,
  env: Readonly<Record<string, string | undefined>>,
  log?: { warning(message: string): void },
  http: { retryBaseMs?: number } = {},
): EmbeddingsSetting {
  const settings = config.embeddings
  if (!settings) return {}
  const keyEnv = settings['api-key-env']
  const apiKey = keyEnv ? env[keyEnv]?.trim() : undefined
  if (keyEnv && !apiKey)
    return { warning: `prefilter.embeddings: ${keyEnv} is not set; filtering offline without embeddings` }
  return {
    provider: openAiEmbeddings({
      url: settings.url,
      model: settings.model,
      ...(apiKey ? { apiKey } : {}),
      timeoutMs: settings['timeout-ms'],
      retries: settings.retries,
      ...(http.retryBaseMs === undefined ? {} : { retryBaseMs: http.retryBaseMs }),
      ...(log ? { log } : {}),
    }),
  }
}

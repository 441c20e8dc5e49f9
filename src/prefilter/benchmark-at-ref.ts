/**
 * The prefilter benchmark of another commit (a PR's base): its config, registry and cases are read
 * from git and measured by the current code, so a comparison shows what the change did.
 */
import { parseConfig } from '../config/load.js'
import { DEFAULT_CONFIG_PATH } from '../config/schema.js'
import { describeError } from '../errors.js'
import { readFileAtRef } from '../git/git.js'
import {
  benchmarkSourcesWithEmbeddings,
  type BenchmarkEmbeddings,
  type BenchmarkOfSources,
} from './benchmark-sources.js'
import { parseAssociations } from './learn.js'
import type { PrefilterConfig } from './settings.js'

/** The base's benchmark, or a note saying why there is none; `problem` when that is a fault. */
export interface BaseBenchmark {
  benchmark?: BenchmarkOfSources
  note?: string
  problem?: boolean
}

/**
 * The benchmark of the base commit, or a note saying why there is none. A base without a
 * registry yet is normal (the PR adds the prefilter); a base that is not fetched is a warning.
 * The base's own association file (`prefilter.associations` as the base configures it) is loaded,
 * so a PR that re-learns associations shows their gain against what the base had learned.
 * @param embeddingsOf the provider for the base's own `prefilter` section (each side as it is configured)
 */
export async function benchmarkAtRef(
  root: string,
  ref: string,
  configPath: string | undefined,
  embeddingsOf: (config: PrefilterConfig) => BenchmarkEmbeddings | undefined = () => undefined,
): Promise<BaseBenchmark> {
  try {
    const configFile = configPath ?? DEFAULT_CONFIG_PATH
    const configText = await readFileAtRef(root, ref, configFile)
    const config = parseConfig(configText ?? '', configFile).prefilter
    if (!config.tools || !config.cases)
      return { note: `The base (${ref.slice(0, 12)}) has no prefilter benchmark yet.` }
    const [tools, cases] = await Promise.all([
      readFileAtRef(root, ref, config.tools),
      readFileAtRef(root, ref, config.cases),
    ])
    if (tools === undefined || cases === undefined) {
      return {
        note: `The base (${ref.slice(0, 12)}) has no ${tools === undefined ? config.tools : config.cases}.`,
      }
    }
    const learned = config.associations ? await readFileAtRef(root, ref, config.associations) : undefined
    const associations =
      learned !== undefined && config.associations
        ? parseAssociations(learned, config.associations)
        : undefined
    const toolText = { text: tools, name: config.tools }
    const caseText = { text: cases, name: config.cases }
    const embeddings = embeddingsOf(config)
    return {
      benchmark: await benchmarkSourcesWithEmbeddings(
        toolText,
        caseText,
        config,
        embeddings,
        undefined,
        associations,
      ),
      ...(config.associations && learned === undefined
        ? {
            note: `The base (${ref.slice(0, 12)}) has no ${config.associations}; measured without learned associations.`,
          }
        : {}),
    }
  } catch (error) {
    const note = `The base (${ref.slice(0, 12)}) could not be benchmarked: ${describeError(error)}. Check out with fetch-depth: 0 so the base commit is present.`
    return { note, problem: true }
  }
}

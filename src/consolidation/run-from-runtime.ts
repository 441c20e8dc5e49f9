/** The consolidation check as both front ends run it: the request's options over the config's. */
import path from 'node:path'
import type { Report } from '../report/types.js'
import type { Runtime } from '../runtime/runtime.js'
import { runConsolidation } from './run.js'

/**
 * The part of the runtime the check reads. A terminal run builds only this (src/cli/commands/
 * consolidation.ts): the full runtime loads the HTTP, Sentry and embeddings clients, a tenth of a
 * second of start-up the check never uses.
 */
export type ConsolidationRuntime = Pick<Runtime, 'config' | 'request' | 'logger' | 'root' | 'cwd'>

/**
 * `since` limits what is new to the change since a ref; the cache options are the CLI's
 * (`--cache-dir`, `--no-cache`), the action keeps the default cache.
 */
export async function consolidationFromRuntime(
  runtime: ConsolidationRuntime,
  cli: { updateBaseline?: boolean; cache?: boolean } = {},
): Promise<Report> {
  const { config } = await runtime.config()
  return runConsolidation({
    root: runtime.root,
    config: config.consolidation,
    since: runtime.request.text('since'),
    progress: (line) => runtime.logger.info(line),
    updateBaseline: cli.updateBaseline === true,
    cacheDir: requestedCacheDir(runtime, cli.cache),
  })
}

/**
 * The cache folder the request asks for: `false` for `--no-cache`, the `cache-dir` input or flag
 * (relative to where the user stands), else undefined (the config's, then the default: `cacheDirOf`).
 */
export function requestedCacheDir(
  runtime: ConsolidationRuntime,
  cache?: boolean,
): string | false | undefined {
  if (cache === false) return false
  const cacheDir = runtime.request.text('cache-dir')
  return cacheDir === undefined ? undefined : path.resolve(runtime.cwd, cacheDir)
}

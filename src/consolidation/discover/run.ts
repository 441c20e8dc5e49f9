/**
 * `launchgate consolidation discover`: scan the repository once (imports, exports, fingerprints,
 * external API calls), count importers, and propose concerns. The I/O shell of propose.ts.
 */
import { statSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import type { ConsolidationConfig } from '../../config/sections/consolidation.js'
import type { Report } from '../../report/types.js'
import { ParseCache } from '../cache.js'
import { buildGraph } from '../graph.js'
import { cacheDirOf } from '../run.js'
import { compileSignature } from '../signatures.js'
import type { ImportGraph, SourceFile } from '../types.js'
import { EXTERNAL_APIS, type ModuleFacts } from './links.js'
import { proposeConcerns, type DiscoveredConcern } from './propose.js'
import { discoverReport } from './report.js'

/** Inputs of {@link runDiscover}. */
export interface DiscoverOptions {
  root: string
  /** The consolidation section: its include, exclude, size cap and duplicate threshold apply. */
  config: ConsolidationConfig
  cacheDir?: string | false
  /**
   * Shortest near-duplicate body, in meaningful tokens (default 100: a whole module, not the
   * command or adapter boilerplate two small modules share).
   */
  minTokens?: number
}

/** Proposes concerns for the repository at `options.root`. */
export async function runDiscover(options: DiscoverOptions): Promise<Report> {
  const { concerns, skipped } = await discoverConcerns(options)
  return discoverReport(concerns, skipped)
}

/** The proposed concerns and the files skipped by the size cap (for `init` too). */
export async function discoverConcerns(
  options: DiscoverOptions,
): Promise<{ concerns: DiscoveredConcern[]; skipped: string[] }> {
  const root = await realpath(path.resolve(options.root))
  const cache = await ParseCache.open(cacheDirOf(root, options), { statCache: true })
  const signatures = [...new Set(EXTERNAL_APIS.map((a) => a.pattern))].map((s) =>
    compileSignature(s, 'discover'),
  )
  const { graph } = await buildGraph({
    root,
    include: options.config.include,
    exclude: options.config.exclude,
    maxFileBytes: options.config['max-file-bytes'],
    signatures,
    fingerprint: () => true,
    cache,
  })
  await cache.save()
  const modules = modulesOf(graph)
  const concerns = proposeConcerns({
    modules,
    allFiles: graph.allFiles,
    importers: importerCounts(graph),
    mtimes: new Map(modules.map((m) => [m.path, mtimeOf(path.join(root, m.path))])),
    minTokens: options.minTokens ?? 100,
  })
  return { concerns, skipped: graph.skipped }
}

function modulesOf(graph: ImportGraph): ModuleFacts[] {
  return [...graph.files.values()].map((f) => ({
    path: f.path,
    language: f.language,
    exports: f.exports,
    ...externalApisOf(f),
    imports: [...new Set(f.imports.flatMap((i) => (i.target ? [i.target] : [])))],
    ...(f.fingerprints ? { fingerprints: f.fingerprints } : {}),
  }))
}

/** The external APIs a file calls, by id and by the signature it matched. */
function externalApisOf(file: SourceFile): { apis: string[]; signatures: string[] } {
  const used = EXTERNAL_APIS.filter(
    (a) => a.language === file.language && file.signatureHits.some((h) => h.signature === a.pattern),
  )
  return { apis: [...new Set(used.map((a) => a.id))], signatures: [...new Set(used.map((a) => a.signature))] }
}

/** How many other files import each file. */
function importerCounts(graph: ImportGraph): Map<string, number> {
  const importers = new Map<string, Set<string>>()
  for (const file of graph.files.values()) {
    for (const i of file.imports) {
      if (!i.target || i.target === file.path) continue
      const set = importers.get(i.target) ?? new Set<string>()
      set.add(file.path)
      importers.set(i.target, set)
    }
  }
  return new Map([...importers].map(([f, s]) => [f, s.size]))
}

function mtimeOf(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0
}

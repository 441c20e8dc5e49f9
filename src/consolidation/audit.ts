/**
 * The audit of phase 1 of the launch plan: per concern, who still imports each deprecated module,
 * grouped by the symbols they use and how, so the migration can be planned in buckets; and the
 * status of each concern (consolidated, or N violations in M files).
 */
import type { Concern } from './concerns.js'
import type { ImportGraph, ImportKind, Violation } from './types.js'

/** Importers using the same symbols the same way: one migration step. */
export interface ImportBucket {
  symbols: string[]
  how: ImportKind
  files: string[]
}

/** One deprecated module: whether it still exists and who imports it. */
export interface ModuleAudit {
  module: string
  exists: boolean
  importers: number
  buckets: ImportBucket[]
}

/** The audit of one concern. */
export interface ConcernAudit {
  concern: string
  modules: ModuleAudit[]
}

/** Where a concern stands. */
export interface ConcernStatus {
  concern: string
  /** `broken`: the concern's config is wrong (a canonical file is missing). */
  status: 'consolidated' | 'in-progress' | 'broken'
  violations: number
  files: number
  /** `consolidated` or `N violations in M files`. */
  summary: string
}

/** The audit of every concern from its violations (deprecated modules listed even when unused). */
export function auditConcerns(
  concerns: Concern[],
  graph: ImportGraph,
  violations: Violation[],
): ConcernAudit[] {
  return concerns.map((concern) => {
    const imports = violations.filter((v) => v.concern === concern.name && v.rule === 'deprecated-import')
    const present = graph.allFiles.filter(concern.isDeprecated)
    const modules = [...new Set([...present, ...imports.map((v) => v.target!)])].sort()
    return {
      concern: concern.name,
      modules: modules.map((module) => moduleAudit(module, present.includes(module), imports)),
    }
  })
}

function moduleAudit(module: string, exists: boolean, imports: Violation[]): ModuleAudit {
  const buckets = new Map<string, ImportBucket>()
  const importers = new Set<string>()
  for (const v of imports.filter((i) => i.target === module)) {
    importers.add(v.file)
    const symbols = [...new Set(v.names ?? [])].sort()
    const key = `${v.how}\0${symbols.join(',')}`
    const bucket = buckets.get(key) ?? { symbols, how: v.how!, files: [] }
    if (!bucket.files.includes(v.file)) bucket.files.push(v.file)
    buckets.set(key, bucket)
  }
  return {
    module,
    exists,
    importers: importers.size,
    buckets: [...buckets.values()].sort(
      (a, b) => b.files.length - a.files.length || (a.how < b.how ? -1 : 1),
    ),
  }
}

/** The status of each concern from the violations counted against it. */
export function concernStatuses(concerns: Concern[], violations: Violation[]): ConcernStatus[] {
  return concerns.map((concern) => {
    const mine = violations.filter((v) => v.concern === concern.name)
    const files = new Set(mine.map((v) => v.file)).size
    const missing = mine.filter((v) => v.rule === 'missing-canonical').map((v) => v.file)
    const status = missing.length > 0 ? 'broken' : mine.length === 0 ? 'consolidated' : 'in-progress'
    return {
      concern: concern.name,
      status,
      violations: mine.length,
      files,
      summary:
        status === 'broken'
          ? `broken: canonical ${missing.join(', ')} missing`
          : status === 'consolidated'
            ? 'consolidated'
            : `${mine.length} violation(s) in ${files} file(s)`,
    }
  })
}

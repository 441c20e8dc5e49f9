/**
 * `deprecated-file` and `deprecated-import`: a deprecated module must not exist, and nothing may
 * import it, in any form, directly or through a barrel that re-exports it.
 */
import type { Concern } from '../concerns.js'
import { languageOf } from '../scan.js'
import type { ImportGraph, ResolvedImport, SourceFile, Violation } from '../types.js'

/** One `deprecated-file` violation per deprecated module still present. */
export function deprecatedFiles(concern: Concern, graph: ImportGraph): Violation[] {
  return graph.allFiles.filter(concern.isDeprecated).map((file) => ({
    concern: concern.name,
    rule: 'deprecated-file',
    file,
    line: 1,
    column: 1,
    symbol: file,
    message: `${file} is deprecated by concern ${concern.name}: move its last users to ${list(concern.canonical)}, then delete it`,
  }))
}

/** One `deprecated-import` violation per import (or barrel import) of a deprecated module. */
export function deprecatedImports(concern: Concern, graph: ImportGraph): Violation[] {
  const out: Violation[] = []
  const barrels = barrelsOfDeprecated(concern, graph)
  for (const file of graph.files.values()) {
    // A deprecated module importing another is deleted with it; its own finding says so.
    if (concern.isDeprecated(file.path)) continue
    for (const record of file.imports) {
      for (const use of deprecatedUses(concern, graph, record, barrels)) {
        const how = record.kind === 'type-only' ? 'type-only import' : `${record.kind} import`
        const through = use.via.length > 0 ? ` through ${use.via.join(' → ')}` : ''
        out.push({
          concern: concern.name,
          rule: 'deprecated-import',
          file: file.path,
          line: record.line,
          column: record.column,
          symbol: use.target,
          how: record.kind,
          target: use.target,
          names: use.names,
          ...(use.via.length > 0 ? { via: use.via } : {}),
          message: `imports ${use.names.join(', ')} from deprecated ${use.target} (${how}${through}); ${replacement(concern, file)}`,
        })
      }
    }
  }
  return out
}

interface DeprecatedUse {
  target: string
  names: string[]
  via: string[]
}

/**
 * The JS files from which a chain of `export ... from` reaches a deprecated module: only imports of
 * these need the barrel walk, so a large graph is not walked import by import.
 */
function barrelsOfDeprecated(concern: Concern, graph: ImportGraph): Set<string> {
  const reexporters = new Map<string, string[]>()
  for (const file of graph.files.values()) {
    if (file.language !== 'js') continue
    for (const record of file.imports) {
      if (record.kind !== 're-export' || !record.target) continue
      reexporters.set(record.target, [...(reexporters.get(record.target) ?? []), file.path])
    }
  }
  const found = new Set<string>()
  const queue = [...reexporters.keys()].filter(concern.isDeprecated)
  for (let target = queue.pop(); target !== undefined; target = queue.pop()) {
    for (const barrel of reexporters.get(target) ?? []) {
      if (!found.has(barrel)) queue.push(barrel)
      found.add(barrel)
    }
  }
  return found
}

/** The deprecated modules an import reaches, following JS re-exports up to a few barrels deep. */
function deprecatedUses(
  concern: Concern,
  graph: ImportGraph,
  record: ResolvedImport,
  barrels: Set<string>,
): DeprecatedUse[] {
  if (!record.target) return []
  if (concern.isDeprecated(record.target)) return [{ target: record.target, names: record.names, via: [] }]
  if (!barrels.has(record.target)) return []
  const out: DeprecatedUse[] = []
  const walk = (file: string, names: string[], via: string[]) => {
    const barrel = graph.files.get(file)
    if (!barrel || barrel.language !== 'js' || via.length >= 5 || via.includes(file)) return
    for (const reexport of barrel.imports.filter((i) => i.kind === 're-export' && i.target)) {
      const forwarded = forwardedNames(reexport, names, graph.files.get(reexport.target!))
      if (forwarded.length === 0) continue
      if (concern.isDeprecated(reexport.target!))
        out.push({ target: reexport.target!, names: forwarded, via: [...via, file] })
      else walk(reexport.target!, forwarded, [...via, file])
    }
  }
  walk(record.target, record.names, [])
  return out
}

/** The names of `wanted` a re-export forwards, as the re-exported module names them. */
function forwardedNames(
  reexport: ResolvedImport,
  wanted: string[],
  source: SourceFile | undefined,
): string[] {
  const all = wanted.includes('*')
  const out: string[] = []
  reexport.exported?.forEach((exported, i) => {
    const imported = reexport.names[i] ?? '*'
    if (exported === '*' && imported === '*') {
      // `export * from`: forwards what the source exports (everything when the source is unknown).
      if (all) out.push('*')
      else out.push(...wanted.filter((n) => !source || source.exports.includes(n) || hasStar(source)))
    } else if (all || wanted.includes(exported)) out.push(imported)
  })
  return [...new Set(out)]
}

function hasStar(file: SourceFile): boolean {
  return file.imports.some((i) => i.kind === 're-export' && i.exported?.includes('*'))
}

/** What to use instead, in the importer's language when the concern has a canonical file in it. */
function replacement(concern: Concern, file: SourceFile): string {
  const same = concern.canonical.filter((c) => languageOf(c) === file.language)
  return same.length > 0
    ? `import from ${list(same)} instead`
    : `move to the canonical ${concern.name} implementation (${list(concern.canonical)})`
}

/** `a, b or c` for messages. */
export function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/**
 * Resolves every import of a scanned graph to a file of the repository, reusing what earlier runs
 * resolved. A file whose content is unchanged takes its targets from the resolution cache; an
 * edited file takes the target of each specifier it already imported before the edit (same file,
 * same repository shape: the same answer). Only a specifier nobody resolved for that file goes to
 * oxc-resolver, which is loaded then and not before: a re-run after an edit that adds no import
 * never loads it.
 */
import path from 'node:path'
import type { ParseCache } from './cache.js'
import type { ResolutionCache } from './resolution-cache.js'
import { createPythonResolver } from './resolve-python.js'
import type { ScriptResolver } from './resolve.js'
import { languageOf } from './scan.js'
import type { ResolvedImport, SourceFile } from './types.js'

/** What {@link resolveGraph} reads besides the files. */
export interface ResolveContext {
  root: string
  workspaces: Map<string, string>
  resolutions: ResolutionCache
  /** The parse cache, for the imports a changed file had before its edit. */
  parses: ParseCache
}

/** Counts of one resolution pass, for tests and the benchmark. */
export interface ResolveStats {
  /** Specifiers handed to oxc-resolver (0: it was never loaded). */
  resolved: number
}

/** Replaces each file's import records by resolved ones (targets relative to the root). */
export async function resolveGraph(
  files: Map<string, SourceFile>,
  context: ResolveContext,
): Promise<ResolveStats> {
  const { root, resolutions } = context
  const python = createPythonResolver([...files.keys()].filter((f) => languageOf(f) === 'python'))
  const stats: ResolveStats = { resolved: 0 }
  let scripts: ScriptResolver | undefined
  const relativeOf = new Map<string, string | undefined>()
  for (const source of files.values()) {
    if (source.language === 'python') {
      source.imports = source.imports.flatMap((record) => python(source.path, record))
      continue
    }
    const cached = source.contentKey ? resolutions.get(source.path, source.contentKey) : undefined
    if (cached && cached.length === source.imports.length) {
      source.imports = source.imports.map((record, i) =>
        cached[i] ? { ...record, target: cached[i] } : { ...record },
      )
      continue
    }
    const before = earlierTargets(source.path, context)
    const absolute = path.join(root, source.path)
    const imports: ResolvedImport[] = []
    for (const record of source.imports) {
      let target = before.get(record.specifier)
      if (target === undefined) {
        scripts ??= await loadScriptResolver(context.workspaces)
        stats.resolved++
        target = relativeTarget(root, scripts(absolute, record.specifier), relativeOf)
      }
      imports.push(target ? { ...record, target } : { ...record })
    }
    source.imports = imports
    if (source.contentKey) {
      resolutions.set(
        source.path,
        source.contentKey,
        imports.map((i) => i.target ?? ''),
      )
    }
  }
  return stats
}

/**
 * The target ('' when unresolved) each specifier of the file's previous content had, from the
 * resolution cache's row and the parse cache's entry of that content. Only valid because the
 * resolution cache is dropped whenever the repository's shape changes.
 */
function earlierTargets(file: string, context: ResolveContext): Map<string, string> {
  const row = context.resolutions.previous(file)
  const imports = row ? context.parses.peek(row[0])?.imports : undefined
  const out = new Map<string, string>()
  if (!row || !imports || imports.length !== row[1].length) return out
  imports.forEach((record, i) => out.set(record.specifier, row[1][i]!))
  return out
}

async function loadScriptResolver(workspaces: Map<string, string>): Promise<ScriptResolver> {
  const { createScriptResolver } = await import('./resolve.js')
  return createScriptResolver(workspaces)
}

/** A resolved absolute path as a root-relative target, '' when unresolved or outside the root. */
function relativeTarget(
  root: string,
  resolved: string | undefined,
  memo: Map<string, string | undefined>,
): string {
  if (resolved === undefined) return ''
  let relative = memo.get(resolved)
  if (relative === undefined && !memo.has(resolved)) {
    const candidate = path.relative(root, resolved).split(path.sep).join('/')
    relative = candidate.startsWith('..') || path.isAbsolute(candidate) ? undefined : candidate
    memo.set(resolved, relative)
  }
  return relative ?? ''
}

/**
 * Resolves Python imports to files of the repository, the way `sys.path` would for a project run
 * from its source root: a module `a.b` is `a/b.py` or the package `a/b/__init__.py` under the
 * folder holding the importer's top-level package (then under every other such root). In
 * `from a import b`, `b` is a submodule when `a/b.py` exists and a name of `a` otherwise.
 */
import path from 'node:path'
import type { ImportRecord, ResolvedImport } from './types.js'

/** Resolves one import record of `file` (relative to the root) to zero or more resolved imports. */
export type PythonResolver = (file: string, record: ImportRecord) => ResolvedImport[]

/** Builds a resolver over the Python files of a scan (relative paths with forward slashes). */
export function createPythonResolver(pythonFiles: Iterable<string>): PythonResolver {
  const known = new Set(pythonFiles)
  const isPackage = (dir: string) => known.has(join(dir, '__init__.py'))
  const rootOf = (file: string) => {
    let dir = path.posix.dirname(file)
    while (dir !== '.' && isPackage(dir)) dir = path.posix.dirname(dir)
    return dir === '.' ? '' : dir
  }
  const roots = [...new Set([...known].map(rootOf))].sort()
  const moduleFile = (dir: string, parts: string[]): string | undefined => {
    const base = join(dir, ...parts)
    if (parts.length > 0 && known.has(`${base}.py`)) return `${base}.py`
    const init = join(base, '__init__.py')
    return known.has(init) ? init : undefined
  }

  return (file, record) => {
    const parts = record.specifier === '' ? [] : record.specifier.split('.')
    const level = record.level ?? 0
    let bases: string[]
    if (level > 0) {
      let dir = path.posix.dirname(file)
      for (let i = 1; i < level; i++) dir = path.posix.dirname(dir)
      bases = [dir === '.' ? '' : dir]
    } else {
      const own = rootOf(file)
      const scriptDir = path.posix.dirname(file)
      bases = [...new Set([own, scriptDir === '.' ? '' : scriptDir, ...roots, ''])]
    }
    for (const base of bases) {
      const resolved = resolveFrom(base, parts, record, moduleFile)
      if (resolved) return resolved
    }
    return [{ ...record }]
  }
}

function resolveFrom(
  base: string,
  parts: string[],
  record: ImportRecord,
  moduleFile: (dir: string, parts: string[]) => string | undefined,
): ResolvedImport[] | undefined {
  const module = moduleFile(base, parts)
  // `import a.b` and `from a.b import *` use the module itself.
  if (record.names.includes('*')) return module ? [{ ...record, target: module }] : undefined
  const out: ResolvedImport[] = []
  const symbols: string[] = []
  for (const name of record.names) {
    const sub = moduleFile(base, [...parts, name])
    if (sub) out.push({ ...record, names: ['*'], target: sub })
    else symbols.push(name)
  }
  if (symbols.length > 0) {
    if (!module) return out.length > 0 ? [...out, { ...record, names: symbols }] : undefined
    out.unshift({ ...record, names: symbols, target: module })
  }
  return out
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/')
}

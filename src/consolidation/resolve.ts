/**
 * Resolves import specifiers to files of the repository. JS/TS goes through oxc-resolver with
 * tsconfig discovery per file (the nearest tsconfig.json, its `extends` chain, `paths` and
 * `baseUrl`), `.js` → `.ts` extension aliases and workspace package names mapped to their folders.
 * Bare specifiers of installed dependencies stay unresolved: the check needs no node_modules.
 */
import path from 'node:path'
import { ResolverFactory } from 'oxc-resolver'
import type { WorkspaceMap } from './workspaces.js'

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json']

/** Resolves a specifier written in `file` (absolute) to an absolute path, or undefined. */
export type ScriptResolver = (file: string, specifier: string) => string | undefined

/** A resolver for one scan; its caches (tsconfigs, directories) live as long as it does. */
export function createScriptResolver(workspaces: WorkspaceMap): ScriptResolver {
  const resolver = new ResolverFactory({
    tsconfig: 'auto',
    extensions: EXTENSIONS,
    extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
    conditionNames: ['types', 'import', 'require', 'node', 'default'],
    mainFields: ['types', 'module', 'main'],
    alias: Object.fromEntries([...workspaces].map(([name, dir]) => [name, [dir]])),
    // Keep paths as the scan sees them, so a symlinked checkout does not resolve outside the root.
    symlinks: false,
    builtinModules: true,
  })
  // Files of one folder share their tsconfig, so (folder, specifier) decides the result: an alias
  // imported from a hundred files of a folder is resolved once. A relative specifier is decided by
  // the path it joins to (tsconfig `paths` and aliases never apply to it), so `../a/b` from one
  // folder and `./b` from the other are one resolution.
  // A file whose own path the resolver reads specially (a `#`) gets no shared entry: its result,
  // right or wrong, is never handed to the other files of its folder.
  const memo = new Map<string, string | undefined>()
  return (file, specifier) => {
    const key = !isPlain(file)
      ? `${file}\0${specifier}`
      : isRelative(specifier)
        ? path.join(path.dirname(file), specifier)
        : `${path.dirname(file)}\0${specifier}`
    if (memo.has(key)) return memo.get(key)
    const resolved = resolveOnce(file, specifier)
    memo.set(key, resolved)
    return resolved
  }

  function resolveOnce(file: string, specifier: string): string | undefined {
    // oxc-resolver reads `#` in the importing path as the start of a fragment (enhanced-resolve's
    // syntax), so `src/#admin/page.tsx` or `a#b.tsx` found no tsconfig and every `@/` import
    // failed; `\0#` is that syntax's escape for a literal `#`.
    const found = resolver.resolveFileSync(file.replace(/#/g, '\0#'), specifier)
    if (found.path) return found.path
    // A workspace package whose `main` points at unbuilt output: fall back to its sources.
    const workspace = [...workspaces].find(([name]) => specifier === name || specifier.startsWith(`${name}/`))
    if (!workspace) return undefined
    const [name, dir] = workspace
    const rest = specifier.slice(name.length).replace(/^\//, '') || 'index'
    for (const base of [path.join(dir, 'src', rest), path.join(dir, rest)]) {
      const fallback = resolver.sync(path.dirname(base), `./${path.basename(base)}`)
      if (fallback.path) return fallback.path
    }
    return undefined
  }
}

function isPlain(file: string): boolean {
  return !file.includes('#') && !file.includes('\0')
}

function isRelative(specifier: string): boolean {
  return /^\.\.?(\/|$)/.test(specifier)
}

/**
 * Each action's bundle as the runner loads it: the entry file in dist/ plus every chunk it reaches
 * through static imports (what Node loads before the action runs a line), and, apart, everything
 * its dynamic imports could add (the analyzers a run loads only for the files it sees).
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from '../../test/support/runner.js'

export interface BundleSize {
  entry: string
  /** Bytes of the entry and the chunks its static imports reach. */
  staticBytes: number
  staticFiles: number
  /** The same, following dynamic imports too. */
  allBytes: number
}

/** The umbrella action (dist/main.js) and each action with metadata (actions/<name>/action.yml). */
export async function actionNames(): Promise<string[]> {
  const folders = await readdir(path.join(REPO_ROOT, 'actions'))
  const own = folders.filter((name) => existsSync(path.join(REPO_ROOT, 'actions', name, 'action.yml')))
  return ['main', ...own.sort()]
}

// esbuild's imports of its own chunks, minified or not: `import{a}from"./chunk-X.js";`,
// `import "./x.js";`, `export * from "./x.js"`; dynamic ones as `import("./x.js")`.
const STATIC = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^"';()]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g
const DYNAMIC = /\bimport\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g

async function imports(dist: string, file: string): Promise<{ static: string[]; dynamic: string[] }> {
  const text = await readFile(path.join(dist, file), 'utf8')
  return {
    static: [...text.matchAll(STATIC)].map((m) => path.normalize(m[1]!)),
    dynamic: [...text.matchAll(DYNAMIC)].map((m) => path.normalize(m[1]!)),
  }
}

/** The files reachable from `entry`, following dynamic imports when `dynamic` says so. */
async function reach(dist: string, entry: string, dynamic: boolean): Promise<Set<string>> {
  const seen = new Set([entry])
  const todo = [entry]
  while (todo.length > 0) {
    const next = await imports(dist, todo.pop()!)
    for (const file of dynamic ? [...next.static, ...next.dynamic] : next.static) {
      if (!seen.has(file)) {
        seen.add(file)
        todo.push(file)
      }
    }
  }
  return seen
}

async function bytes(dist: string, files: Iterable<string>): Promise<number> {
  let total = 0
  for (const file of files) total += (await stat(path.join(dist, file))).size
  return total
}

/** The sizes of each `dist/<entry>.js` of the checkout at `root` (this one by default). */
export async function bundleSizes(entries: readonly string[], root = REPO_ROOT): Promise<BundleSize[]> {
  const dist = path.join(root, 'dist')
  const out: BundleSize[] = []
  for (const entry of entries) {
    const own = await reach(dist, `${entry}.js`, false)
    const all = await reach(dist, `${entry}.js`, true)
    out.push({
      entry,
      staticBytes: await bytes(dist, own),
      staticFiles: own.size,
      allBytes: await bytes(dist, all),
    })
  }
  return out
}

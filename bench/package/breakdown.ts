/**
 * What each npm package weighs in dist/, gzipped: esbuild's metafile says how many bytes of each
 * output file came from each input; an output's gzipped size is shared out in that proportion (a
 * package's code compresses about as well as its neighbours'). Files the bundler copies beside the
 * bundle (wasm, .node) count whole. Answers "what is the tarball made of" before deciding what
 * moves out of it.
 *
 *   LAUNCHGATE_METAFILE=.cache/meta.json npm run bundle
 *   npx tsx bench/package/breakdown.ts .cache/meta.json [--all] [--top 25]
 *
 * By default only what `npm pack` would ship counts (dist/vendor/ is left out, as package.json's
 * `files` does); `--all` counts the whole of dist/, what a `uses:` at a sha downloads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { REPO_ROOT } from '../../test/support/runner.js'

interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>
}

/** The npm package an input belongs to (`typescript`, `@sentry/core`), or `(own code)`. */
export function packageOf(input: string): string {
  const at = input.lastIndexOf('node_modules/')
  if (at < 0) return input.startsWith('src/') ? '(own code)' : '(other)'
  const parts = input.slice(at + 'node_modules/'.length).split('/')
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
}

/** Gzipped bytes per package over the output files `keep` accepts (paths relative to the repository). */
export function breakdown(meta: Metafile, keep: (output: string) => boolean): Map<string, number> {
  const sizes = new Map<string, number>()
  const add = (name: string, bytes: number) => sizes.set(name, (sizes.get(name) ?? 0) + bytes)
  for (const [output, info] of Object.entries(meta.outputs)) {
    if (!keep(output) || output.endsWith('.map')) continue
    const gzipped = gzipSync(readFileSync(path.join(REPO_ROOT, output)), { level: 9 }).length
    const total = Object.values(info.inputs).reduce((n, i) => n + i.bytesInOutput, 0) || 1
    for (const [input, { bytesInOutput }] of Object.entries(info.inputs))
      add(packageOf(input), (gzipped * bytesInOutput) / total)
    // esbuild's own runtime and the banner: what no input claims.
    add('(bundler glue)', (gzipped * Math.max(0, info.bytes - total)) / info.bytes)
  }
  return sizes
}

/** package.json's `!` entries of `files` (what npm pack leaves out), as patterns over paths. */
function leftOut(): RegExp[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    files: string[]
  }
  return manifest.files
    .filter((f) => f.startsWith('!'))
    .map((f) =>
      f
        .slice(1)
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*'),
    )
    .map((f) => new RegExp(`^${f}(/|$)`))
}

function main(): void {
  const [file, ...flags] = process.argv.slice(2)
  if (!file) throw new Error('usage: breakdown.ts <metafile> [--all] [--top N]')
  const meta = JSON.parse(readFileSync(file, 'utf8')) as Metafile
  const all = flags.includes('--all')
  const topAt = flags.indexOf('--top')
  const top = topAt >= 0 ? Number(flags[topAt + 1]) : 25
  const left = leftOut()
  const shipped = (output: string) => all || !left.some((re) => re.test(output))
  const sizes = breakdown(meta, shipped)
  // Copied files (wasm, native bindings) are not in the metafile; they count whole.
  for (const name of readdirSync(path.join(REPO_ROOT, 'dist'))) {
    if (/\.(wasm|node|cjs|json|br)$/.test(name) && shipped(`dist/${name}`))
      sizes.set(`dist/${name}`, gzipSync(readFileSync(path.join(REPO_ROOT, 'dist', name))).length)
  }
  const rows = [...sizes].sort((a, b) => b[1] - a[1])
  const total = rows.reduce((n, [, b]) => n + b, 0)
  for (const [name, bytes] of rows.slice(0, top)) console.log(`${(bytes / 1e6).toFixed(3)} MB  ${name}`)
  console.log(`${(total / 1e6).toFixed(2)} MB  total of bundled code, gzipped${all ? '' : ' (npm package)'}`)
  const types = path.join(REPO_ROOT, 'dist/types')
  const typeBytes = readdirSync(types, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0)
  console.log(`${(typeBytes / 1e6).toFixed(2)} MB  dist/types, unpacked`)
}

main()

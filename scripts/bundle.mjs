// The one bundler config: one file per action in dist/ (dist/main.js, dist/<capability>.js), the
// CLI (dist/cli.js) and the library (dist/index.js), with shared code in dist/chunks/.
// Usage: node scripts/bundle.mjs [outdir]   (check-dist builds into a temp dir and compares)
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'))

/** Every src/actions/<name>.ts that is an action entry, plus the CLI and the library. */
async function entryPoints() {
  const actions = (await readdir(path.join(root, 'src/actions')))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((name) => ENTRY_ACTIONS.has(name))
  return {
    ...Object.fromEntries(actions.map((name) => [name, path.join(root, 'src/actions', `${name}.ts`)])),
    cli: path.join(root, 'src/cli/index.ts'),
    index: path.join(root, 'src/index.ts'),
  }
}

// Action entry files (the rest of src/actions/ is shared glue). A capability adds its name here.
const ENTRY_ACTIONS = new Set(['main'])

/**
 * oxc-parser loads its native binding through a private `createRequire`, which esbuild cannot see
 * through. Dropping it lets esbuild resolve the platform package and copy its `.node` file into
 * dist/ (loader `copy`), so the action needs no node_modules. Bindings of platforms that are not
 * installed stay unresolved inside their try blocks and fail over at run time.
 */
const nativeBindings = {
  name: 'native-bindings',
  setup(b) {
    b.onLoad({ filter: /oxc-parser[\\/]src-js[\\/]bindings\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const contents = source
        .replace(/^import \{ createRequire \} from 'module'\r?\n/m, '')
        .replace(/^const require = createRequire\(import\.meta\.url\)\r?\n/m, '')
      return { contents, loader: 'js' }
    })
  },
}

await rm(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: await entryPoints(),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Actions run on node24 on GitHub; the CLI must also run on Node 20.
  target: 'node20',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  loader: { '.node': 'copy' },
  assetNames: 'native/[name]-[hash]',
  plugins: [nativeBindings],
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);",
  },
})
console.error(`bundled into ${path.relative(process.cwd(), outdir) || '.'}`)

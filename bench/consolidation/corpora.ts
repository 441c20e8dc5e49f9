/**
 * What the consolidation benchmark runs on and against, installed on demand into .cache/ (git-ignored)
 * at pinned versions, never into the project's dependencies: the peers (dependency-cruiser, madge,
 * and the TypeScript they need to read .ts), the real-code corpus (monaco-editor's `esm/` tree) and
 * launchgate itself, bundled from src/ by the repository's one bundler config into the cache folder.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { glob } from 'tinyglobby'
import path from 'node:path'
import { GENERATED_DEPRECATED, generateMonorepo } from './generate.js'

export const REPO = path.resolve(import.meta.dirname, '../..')
export const CACHE = path.join(REPO, '.cache/bench-consolidation')

/** Pinned so a rerun measures the same code. dependency-cruiser 17 is the last line running on Node 20. */
export const VERSIONS = {
  'dependency-cruiser': '17.4.3',
  madge: '8.0.0',
  typescript: '5.9.3',
  'monaco-editor': '0.57.0',
} as const

/** One folder the three tools scan, with the modules a concern deprecates and how to read it. */
export interface Corpus {
  name: string
  /** What it is, for the results page. */
  description: string
  root: string
  /** Folders (relative to root) handed to dependency-cruiser and madge. */
  scan: string
  deprecated: string[]
  extensions: string[]
  tsconfig?: string
  /** Files over launchgate's default 1 MB cap (generated bundles): every tool is told to skip them. */
  oversized: string[]
  /** A source file the warm run edits (a line added, then removed, run after run). */
  editable: string
}

/** Installs the peers and the corpus package once (all in one command: `--no-save` prunes the rest). */
export function installPeers(): void {
  const wanted = Object.entries(VERSIONS)
  const installed = wanted.every(([name, version]) => {
    const manifest = path.join(CACHE, 'node_modules', name, 'package.json')
    return (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === version
    )
  })
  if (installed) return
  console.error(
    `installing ${wanted.map(([n, v]) => `${n}@${v}`).join(' ')} into ${path.relative(REPO, CACHE)}`,
  )
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      CACHE,
      ...wanted.map(([n, v]) => `${n}@${v}`),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
}

/**
 * Bundles the CLI from the current sources, as dist/ would be, into the cache folder, and returns
 * the package's binary beside it (bin/launchgate.js, importing that bundle): what `npx launchgate`
 * runs, its compile cache and V8 settings included.
 */
export function bundleLaunchgate(): string {
  const out = path.join(CACHE, 'launchgate')
  execFileSync(process.execPath, [path.join(REPO, 'scripts/bundle.mjs'), out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const bin = readFileSync(path.join(REPO, 'bin/launchgate.js'), 'utf8')
  const launcher = path.join(out, 'launchgate.mjs')
  writeFileSync(launcher, bin.replace("'../dist/cli.js'", "'./cli.js'"))
  return launcher
}

const MONACO_DEPRECATED = [
  'esm/vs/base/common/strings.js',
  'esm/vs/base/browser/dom.js',
  'esm/vs/editor/common/core/range.js',
]

/**
 * monaco-editor's `esm/` tree copied out of node_modules (every tool skips node_modules folders),
 * with a launchgate config deprecating three widely used modules.
 */
export async function monacoCorpus(): Promise<Corpus> {
  const root = path.join(CACHE, 'corpora/monaco')
  await rm(root, { recursive: true, force: true })
  await mkdir(root, { recursive: true })
  await cp(path.join(CACHE, 'node_modules/monaco-editor/esm'), path.join(root, 'esm'), { recursive: true })
  const oversized = await oversizedFiles(root, 'esm')
  await writeConfig(root, 'monaco', MONACO_DEPRECATED, 'esm/vs/editor/editor.main.js', oversized)
  return {
    oversized,
    name: `monaco-editor ${VERSIONS['monaco-editor']} esm/`,
    description: `the \`esm/\` tree shipped in monaco-editor@${VERSIONS['monaco-editor']} (JavaScript ES modules, relative imports with extensions)`,
    root,
    scan: 'esm',
    deprecated: MONACO_DEPRECATED,
    extensions: ['js'],
    editable: 'esm/vs/editor/common/model/textModel.js',
  }
}

/** The generated TypeScript monorepo of generate.ts. */
export async function generatedCorpus(files: number): Promise<Corpus> {
  const root = path.join(CACHE, `corpora/generated-${files}`)
  const count = await generateMonorepo(root, files)
  await writeConfig(root, 'generated', GENERATED_DEPRECATED, 'packages/shared/src/index.ts', [])
  return {
    oversized: [],
    name: `generated monorepo (${count} files)`,
    description: `${count} TypeScript files in ${Math.round(files / 250)} workspace packages, tsconfig \`paths\` aliases from a base config every package \`extends\` (bench/consolidation/generate.ts)`,
    root,
    scan: 'packages',
    deprecated: GENERATED_DEPRECATED,
    extensions: ['ts', 'tsx'],
    tsconfig: 'tsconfig.json',
    editable: 'packages/pkg-05/src/api/m8.ts',
  }
}

/** launchgate's default `max-file-bytes`. */
const MAX_FILE_BYTES = 1_000_000

/** Source files over the cap under `dir`, relative to the root. */
async function oversizedFiles(root: string, dir: string): Promise<string[]> {
  const files = await glob([`${dir}/**/*.js`], { cwd: root })
  return files.filter((f) => statSync(path.join(root, f)).size > MAX_FILE_BYTES).sort()
}

/**
 * The launchgate config and the dependency-cruiser rule saying the same thing: nothing may import
 * the deprecated modules. launchgate keeps its default size cap; the peers exclude the same files.
 */
async function writeConfig(
  root: string,
  name: string,
  deprecated: string[],
  canonical: string,
  oversized: string[],
): Promise<void> {
  await mkdir(path.join(root, '.github'), { recursive: true })
  await writeFile(
    path.join(root, '.github/launchgate.yml'),
    [
      'version: 1',
      'consolidation:',
      '  concerns:',
      `    - name: ${name}`,
      `      canonical: [${canonical}]`,
      `      deprecated: [${deprecated.join(', ')}]`,
      '',
    ].join('\n'),
  )
  await writeFile(
    path.join(root, '.dependency-cruiser.cjs'),
    `module.exports = {
  forbidden: [{ name: 'no-deprecated', severity: 'error', from: {}, to: { path: ${JSON.stringify(excludePattern(deprecated))} } }],
  options: {
    doNotFollow: { path: 'node_modules' },
    ${oversized.length > 0 ? `exclude: { path: ${JSON.stringify(excludePattern(oversized))} },` : ''}
    tsPreCompilationDeps: true,
    skipAnalysisNotInRules: true,
    ${existsSync(path.join(root, 'tsconfig.json')) ? "tsConfig: { fileName: 'tsconfig.json' }," : ''}
  },
}
`,
  )
}

/** A regex matching exactly these paths, for the peers' exclude options. */
export function excludePattern(files: string[]): string {
  return `^(${files.map((f) => f.replace(/[.]/g, '\\.')).join('|')})$`
}

/** Adds a line to the editable file on even rounds and removes it on odd ones: new content each run. */
export async function editFile(corpus: Corpus, round: number): Promise<void> {
  const file = path.join(corpus.root, corpus.editable)
  const text = await readFile(file, 'utf8')
  const marker = '\n// bench edit\n'
  await writeFile(file, round % 2 === 0 ? `${text}${marker}` : text.replace(marker, ''))
}

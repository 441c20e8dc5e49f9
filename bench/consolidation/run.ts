/**
 * The consolidation benchmark (issue 3, "Speed and memory"): launchgate against dependency-cruiser
 * (a forbidden rule: nothing imports the deprecated modules) and madge, side by side in one run, on
 * real code nobody here wrote (monaco-editor's esm/ tree) and on a generated 10,000-file monorepo
 * with tsconfig path aliases. Every tool is a child process spawned the same way; the figures are
 * medians of several runs, to be read as ratios on a shared machine. Writes bench/consolidation/results.md.
 *
 *   npx tsx bench/consolidation/run.ts [--runs 3] [--files 10000]
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import prettier from 'prettier'
import {
  bundleLaunchgate,
  CACHE,
  editFile,
  generatedCorpus,
  installPeers,
  monacoCorpus,
  VERSIONS,
  type Corpus,
} from './corpora.js'
import {
  dependencyCruiser,
  launchgate,
  launchgateBarrelUsers,
  madge,
  timed,
  type Run,
  type Tool,
} from './tools.js'

interface Measured {
  tool: string
  runs: Run[]
  importers: Set<string>
  /** launchgate only: scan time inside the process and files read, from its JSON stats. */
  scanMs?: number[]
  read?: number[]
}

interface CorpusResult {
  corpus: Corpus
  cold: Measured[]
  warm: Measured
  startupMs: number
  barrelUsers: string[]
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
const out = (name: string) => path.join(CACHE, `out-${name}.json`)

/** Runs `tool` once more into `measured`, reading what it found. */
async function runOnce(measured: Measured, tool: Tool, corpus: Corpus): Promise<void> {
  const file = out(tool.name)
  measured.runs.push(await timed(tool.args(corpus, file), corpus.root, file))
  measured.importers = await tool.importers(corpus, file)
  if (tool.name !== 'launchgate') return
  const { stats } = JSON.parse(await readFile(file, 'utf8')) as { stats: { ms: number; read: number } }
  measured.scanMs!.push(stats.ms)
  measured.read!.push(stats.read)
}

const empty = (tool: string): Measured => ({ tool, runs: [], importers: new Set(), scanMs: [], read: [] })

/**
 * Round after round, every tool once: launchgate cold (cache deleted), launchgate warm (its cache
 * from that cold run, one file changed since), dependency-cruiser, madge, the CLI's start-up. A
 * burst of load on the shared machine then hits every tool of a round, not one tool's runs.
 */
async function benchCorpus(corpus: Corpus, cli: string, runs: number): Promise<CorpusResult> {
  const cacheDir = path.join(corpus.root, '.launchgate/cache')
  const lg = launchgate(cli)
  const cold = [empty('launchgate'), empty(dependencyCruiser.name), empty(madge.name)]
  const warm = empty('launchgate')
  const startup: number[] = []
  // The cache trusts the stat of files older than 2 s only (cache.ts, RACY_MS); the corpus is new.
  await new Promise((resolve) => setTimeout(resolve, 2100))
  for (let i = 0; i < runs; i++) {
    await rm(cacheDir, { recursive: true, force: true })
    await runOnce(cold[0]!, lg, corpus)
    await editFile(corpus, i)
    await runOnce(warm, lg, corpus)
    await runOnce(cold[1]!, dependencyCruiser, corpus)
    await runOnce(cold[2]!, madge, corpus)
    startup.push((await timed([cli, '--version'], corpus.root, out('version'))).ms)
  }
  if (runs % 2 === 1) await editFile(corpus, runs)
  return {
    corpus,
    cold,
    warm,
    startupMs: median(startup),
    barrelUsers: await launchgateBarrelUsers(out('launchgate')),
  }
}

function differences(result: CorpusResult): string[] {
  const [lg, ...peers] = result.cold
  const lines: string[] = []
  for (const peer of peers) {
    const missing = [...lg!.importers].filter((p) => !peer.importers.has(p)).sort()
    const extra = [...peer.importers].filter((p) => !lg!.importers.has(p)).sort()
    lines.push(
      `- **${peer.tool}** vs launchgate: ${missing.length === 0 && extra.length === 0 ? 'same importers' : `${missing.length} found by launchgate only, ${extra.length} by ${peer.tool} only`}`,
      ...missing.slice(0, 8).map((p) => `  - launchgate only: \`${p}\``),
      ...(missing.length > 8 ? [`  - … and ${missing.length - 8} more`] : []),
      ...extra.slice(0, 8).map((p) => `  - ${peer.tool} only: \`${p}\``),
      ...(extra.length > 8 ? [`  - … and ${extra.length - 8} more`] : []),
    )
  }
  if (result.barrelUsers.length > 0) {
    lines.push(
      `- launchgate also reports ${result.barrelUsers.length} importer(s) that reach a deprecated module only through a barrel's re-export (the peers report the barrel), e.g. \`${result.barrelUsers[0]}\``,
    )
  }
  return lines
}

function table(results: CorpusResult[]): string {
  const head = '| corpus | tool | wall (median) | vs launchgate | peak RSS (median) | importers found |'
  const rows = results.flatMap((r) => {
    const lg = median(r.cold[0]!.runs.map((x) => x.ms))
    const cold = r.cold.map((m) => {
      const ms = median(m.runs.map((x) => x.ms))
      return `| ${r.corpus.name} | ${m.tool}${m.tool === 'launchgate' ? ' (cold, no cache)' : ''} | ${fmt(ms)} | ${m.tool === 'launchgate' ? '1x' : `${(ms / lg).toFixed(1)}x slower`} | ${median(m.runs.map((x) => x.rssMb)).toFixed(0)} MB | ${m.importers.size} |`
    })
    const warm = median(r.warm.runs.map((x) => x.ms))
    return [
      ...cold,
      `| ${r.corpus.name} | launchgate (warm, 1 file changed) | ${fmt(warm)} | ${(lg / warm).toFixed(1)}x faster than cold | ${median(r.warm.runs.map((x) => x.rssMb)).toFixed(0)} MB | ${r.warm.importers.size} |`,
    ]
  })
  return [head, '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

function scanTable(results: CorpusResult[]): string {
  const rows = results.map((r) => {
    const cold = median(r.cold[0]!.scanMs!)
    const warm = median(r.warm.scanMs!)
    return `| ${r.corpus.name} | ${fmt(r.startupMs)} | ${fmt(cold)} | ${fmt(warm)} | ${(cold / warm).toFixed(1)}x | ${median(r.cold[0]!.read!)} / ${median(r.warm.read!)} |`
  })
  return [
    '| corpus | CLI start-up (`--version`) | scan, cold | scan, warm (1 file changed) | cold / warm | files read, cold / warm |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name)
    return i >= 0 ? Number(args[i + 1]) : fallback
  }
  const runs = option('--runs', 3)
  const files = option('--files', 10_000)
  const started = performance.now()
  const loadBefore = os.loadavg()[0]!
  installPeers()
  const cli = bundleLaunchgate()
  const results: CorpusResult[] = []
  for (const corpus of [await monacoCorpus(), await generatedCorpus(files)]) {
    console.error(`benchmarking ${corpus.name}`)
    results.push(await benchCorpus(corpus, cli, runs))
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1)
  // The machine's 1-minute load average as the run started and ended: other jobs share the cores.
  const load = `load average ${loadBefore.toFixed(1)} to ${os.loadavg()[0]!.toFixed(1)}`
  const overview = table(results)
  const scan = scanTable(results)
  const diffs = results.flatMap((r) => [`**${r.corpus.name}**`, '', ...differences(r), ''])
  console.log(`${overview}\n\n${scan}\n\n${diffs.join('\n')}`)

  const doc = `# Consolidation benchmark

Generated by \`npx tsx bench/consolidation/run.ts --runs ${runs} --files ${files}\` (${minutes} min, ${os.cpus().length} CPUs, ${load}, Node ${process.version}). Do not edit by hand.

Each tool is a Node child process spawned the same way, its wall time taken by the parent and its
peak RSS by \`/usr/bin/time -v\`; each figure is the median of ${runs} runs. The machine is shared
and noisy: read the ratios, not the absolute times. Peers at pinned versions, installed on demand
into .cache/ (not dependencies of the project): dependency-cruiser ${VERSIONS['dependency-cruiser']}
(with a forbidden rule: nothing may import the deprecated modules, \`tsPreCompilationDeps\` on so
type-only imports count), madge ${VERSIONS.madge} (its JSON graph, read for the importers), both
with TypeScript ${VERSIONS.typescript}. launchgate is the CLI bundled from src/ by scripts/bundle.mjs,
run through the package's binary (\`bin/launchgate.js\`: \`launchgate consolidation --format json\`).

Corpora: ${results.map((r) => r.corpus.description).join('; ')}. Files over launchgate's default 1 MB
cap (generated bundles: ${results.flatMap((r) => r.corpus.oversized.map((f) => `\`${path.basename(f)}\``)).join(', ') || 'none'}) are skipped by every tool; every other file is parsed by all three.

- **cold**: no cache (launchgate's cache folder deleted before each run; the peers' caches are off).
- **warm**: launchgate with the cache of the previous run, after one file changed (a line added or
  removed, so its content is new each run). No git is involved: the cache is keyed by content, with
  a stat table (size, mtime, ctime, inode) in front so unchanged files are not read.

${overview}

Where a launchgate run spends its time (from the JSON \`stats.ms\`, the scan inside the process):

${scan}

Importers of the deprecated modules, launchgate against each peer (cold runs):

${diffs.join('\n')}
`
  const target = path.join(import.meta.dirname, 'results.md')
  const options = (await prettier.resolveConfig(target)) ?? {}
  await writeFile(target, await prettier.format(doc, { ...options, filepath: target }))
}

await main()

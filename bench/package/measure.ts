/**
 * What a team downloads and waits for: the npm tarball, a consumer's install of it, each action's
 * bundle (what its entry loads before it runs anything) and its cold start, and the repository
 * download behind every `uses:` at a pinned sha. Run after `npm run bundle`:
 *
 *   npx tsx bench/package/measure.ts [--runs 5] [--against <checkout>] [--json]
 *
 * `--against` names another checkout of the repository (its npm ci and `npm run bundle` done), an
 * earlier commit say: its tarball, install, bundles and download are measured in the same run, and
 * its actions' cold starts are taken in turn with this one's.
 *
 * The install is a real `npm install <tarball>` into an empty temporary project (from the npm
 * cache when it can). Cold starts use LAUNCHGATE_ACTION_NODE (Node 24, the actions' runtime) when
 * set, else this Node.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../../test/support/runner.js'
import { actionNames, bundleSizes, type BundleSize } from './bundles.js'
import { coldStart, runnerOf, type ColdStart } from './cold-start.js'
import { installed, type Install } from './install.js'

const MB = 1e6

interface Tarball {
  bytes: number
  unpackedBytes: number
  files: number
  /** Files a consumer should not get: test fixtures, source maps, duplicate wasm. */
  unwanted: string[]
}

interface PackFile {
  path: string
  size: number
}

/** `npm pack` of the checkout at `root` into `dir`: the tarball's path and what npm reports of it. */
function pack(dir: string, root = REPO_ROOT): { file: string; tarball: Tarball } {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as Array<{ filename: string; size: number; unpackedSize: number; files: PackFile[] }>
  const unwanted = report!.files
    .map((f) => f.path)
    .filter((p) => /(^|\/)(test|fixtures|__tests__)\//.test(p) || p.endsWith('.map'))
  const wasm = report!.files.filter((f) => f.path.endsWith('.wasm'))
  for (const f of wasm) {
    if (wasm.some((g) => g !== f && g.size === f.size && g.path < f.path))
      unwanted.push(`${f.path} (duplicate)`)
  }
  return {
    file: path.join(dir, report!.filename),
    tarball: {
      bytes: report!.size,
      unpackedBytes: report!.unpackedSize,
      files: report!.files.length,
      unwanted,
    },
  }
}

/**
 * The repository as `uses: owner/repo@sha` downloads it (GitHub's archive of the commit), taken
 * from the work tree so a fresh `npm run bundle` counts before it is committed: the tracked and
 * untracked files git would commit, gzipped.
 */
function repositoryDownload(root = REPO_ROOT): { bytes: number; unpackedBytes: number } {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  const files = listed.split('\0').filter((f) => f && existsSync(path.join(root, f)))
  const tar = spawnSync('tar', ['-cf', '-', '--null', '-T', '-'], {
    cwd: root,
    input: files.join('\0'),
    maxBuffer: 1 << 30,
  }).stdout
  const gzipped = spawnSync('gzip', ['-6'], { input: tar, maxBuffer: 1 << 30 }).stdout
  return { bytes: gzipped.length, unpackedBytes: tar.length }
}

/** What one checkout ships: its tarball, a consumer's install of it, its bundles, its download. */
interface Package {
  tarball: Tarball
  install: Install
  bundles: BundleSize[]
  repository: { bytes: number; unpackedBytes: number }
}

interface Report extends Package {
  node: string
  coldStarts: ColdStart[]
  /** The `--against` checkout's figures, from the same run. */
  against?: Package
}

/** Packs the checkout at `root`, installs it into an empty project under `work`, sizes its bundles. */
async function measurePackage(work: string, entries: string[], root = REPO_ROOT): Promise<Package> {
  const consumer = path.join(work, 'consumer')
  mkdirSync(consumer, { recursive: true })
  const { file, tarball } = pack(work, root)
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  const install = installed(consumer, file)
  return { tarball, install, bundles: await bundleSizes(entries, root), repository: repositoryDownload(root) }
}

function packageLines(p: Package, label: string): string[] {
  return [
    `${label}tarball: ${mb(p.tarball.bytes)} (${mb(p.tarball.unpackedBytes)} unpacked, ${p.tarball.files} files)` +
      (p.tarball.unwanted.length ? `; unwanted: ${p.tarball.unwanted.join(', ')}` : ''),
    `${label}consumer install: ${mb(p.install.bytes)}, ${p.install.packages} packages; ` +
      `engine warnings: ${p.install.engineWarnings.length ? p.install.engineWarnings.join(', ') : 'none'}`,
    `${label}repository download at a sha: ${mb(p.repository.bytes)} (${mb(p.repository.unpackedBytes)} unpacked)`,
  ]
}

const mb = (n: number) => `${(n / MB).toFixed(2)} MB`

function markdown(r: Report): string {
  const cold = new Map(r.coldStarts.map((c) => [c.action, c]))
  const other = new Map(r.against?.bundles.map((b) => [b.entry, b]))
  const lines = [
    ...packageLines(r, ''),
    ...(r.against ? packageLines(r.against, 'the other checkout: ') : []),
    '',
    `| entry | reachable from its entry (static imports) | files | the other checkout's | cold start (median, ${r.node}) | exit | the other checkout's, in turn |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.bundles.map((b) => {
      const c = cold.get(b.entry)
      const o = other.get(b.entry)
      return `| ${b.entry} | ${mb(b.staticBytes)} | ${b.staticFiles} | ${o ? mb(o.staticBytes) : '-'} | ${c ? `${c.medianMs} ms` : '-'} | ${c?.code ?? '-'} | ${c?.against ? `${c.against.medianMs} ms` : '-'} |`
    }),
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const runsAt = args.indexOf('--runs')
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5
  const work = mkdtempSync(path.join(os.tmpdir(), 'lg-package-bench-'))
  try {
    const actions = await actionNames()
    const entries = [...actions, 'cli', 'index']
    const own = await measurePackage(path.join(work, 'own'), entries)
    const againstAt = args.indexOf('--against')
    const otherRoot = againstAt >= 0 ? path.resolve(args[againstAt + 1]!) : undefined
    const other = otherRoot ? await measurePackage(path.join(work, 'other'), entries, otherRoot) : undefined
    const against = otherRoot ? await runnerOf(otherRoot) : undefined
    const coldStarts: ColdStart[] = []
    for (const action of actions) coldStarts.push(await coldStart(action, runs, against))
    const node = process.env.LAUNCHGATE_ACTION_NODE
      ? execFileSync(process.env.LAUNCHGATE_ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim()
      : process.version
    const report: Report = { node, ...own, coldStarts, ...(other ? { against: other } : {}) }
    console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : markdown(report))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

await main()

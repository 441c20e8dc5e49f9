/**
 * The three tools as the benchmark runs them: each a Node child process spawned the same way (under
 * `/usr/bin/time -v` for its peak RSS), its machine output written to a file, and the importers of
 * the deprecated modules read from that output as `importer -> deprecated` pairs relative to the root.
 */
import { spawn } from 'node:child_process'
import { existsSync, openSync, closeSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { CACHE, excludePattern, type Corpus } from './corpora.js'

/** One timed run of a tool. */
export interface Run {
  ms: number
  /** Peak resident set size of the child, in MB. */
  rssMb: number
  exitCode: number
}

/** A tool under test: how to run it on a corpus and how to read what it found. */
export interface Tool {
  name: string
  args(corpus: Corpus, out: string): string[]
  /** Direct importers found, as `importer -> deprecated module`. */
  importers(corpus: Corpus, out: string): Promise<Set<string>>
}

const TIME = '/usr/bin/time'

/** Runs `node <args>` in `cwd` with stdout to `out`; wall time from the parent, peak RSS from time(1). */
export async function timed(args: string[], cwd: string, out: string): Promise<Run> {
  const useTime = existsSync(TIME)
  const fd = openSync(out, 'w')
  const started = performance.now()
  const child = spawn(useTime ? TIME : process.execPath, useTime ? ['-v', process.execPath, ...args] : args, {
    cwd,
    stdio: ['ignore', fd, 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  const ms = performance.now() - started
  closeSync(fd)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  // dependency-cruiser exits with its violation count; a tool that printed nothing fails its reader.
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, exitCode }
}

const pair = (from: string, to: string) => `${from} -> ${to}`

/** launchgate's CLI; a direct importer is a `deprecated-import` without `via` (barrel users are extra). */
export function launchgate(cli: string, extra: string[] = []): Tool {
  return {
    name: 'launchgate',
    args: (corpus) => [cli, 'consolidation', '--root', corpus.root, '--format', 'json', ...extra],
    async importers(_corpus, out) {
      const report = JSON.parse(await readFile(out, 'utf8')) as { violations: LaunchgateViolation[] }
      return new Set(
        report.violations
          .filter((v) => v.rule === 'deprecated-import' && !v.via)
          .map((v) => pair(v.file, v.target!)),
      )
    },
  }
}

interface LaunchgateViolation {
  rule: string
  file: string
  target?: string
  via?: string[]
}

/** launchgate's importers reached only through a re-exporting barrel (dependency-cruiser's rule sees the barrel). */
export async function launchgateBarrelUsers(out: string): Promise<string[]> {
  const report = JSON.parse(await readFile(out, 'utf8')) as { violations: LaunchgateViolation[] }
  return report.violations
    .filter((v) => v.rule === 'deprecated-import' && v.via)
    .map((v) => `${pair(v.file, v.target!)} (via ${v.via!.join(' → ')})`)
}

/**
 * dependency-cruiser with the forbidden rule of corpora.ts, reporting as a CI lint step does
 * (`--output-type err`). Its JSON output is no option at this size: on the 10,000-file corpus it
 * ran for minutes, grew past 2.9 GB and failed with "Invalid string length".
 */
export const dependencyCruiser: Tool = {
  name: `dependency-cruiser`,
  args: (corpus) => [
    path.join(CACHE, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
    '--config',
    '.dependency-cruiser.cjs',
    '--output-type',
    'err',
    '--progress',
    'none',
    corpus.scan,
  ],
  async importers(corpus, out) {
    const text = await readFile(out, 'utf8')
    if (!/dependency violations|no dependency violations/.test(text))
      throw new Error(`dependency-cruiser gave no summary:\n${text.slice(-500)}`)
    // launchgate leaves out a deprecated module importing another (both go); so does the comparison.
    const deprecated = new Set(corpus.deprecated)
    const found = new Set<string>()
    for (const m of text.matchAll(/^\s*error no-deprecated: (\S+) → (\S+)$/gm)) {
      if (!deprecated.has(m[1]!)) found.add(pair(m[1]!, m[2]!))
    }
    return found
  },
}

/** madge prints the whole graph; the importers are the files whose dependencies hold a deprecated module. */
export const madge: Tool = {
  name: 'madge',
  args: (corpus) => [
    path.join(CACHE, 'node_modules/madge/bin/cli.js'),
    '--json',
    '--no-spinner',
    '--extensions',
    corpus.extensions.join(','),
    ...(corpus.tsconfig ? ['--ts-config', corpus.tsconfig] : []),
    // madge matches its exclude against paths relative to the scanned folder.
    ...(corpus.oversized.length > 0
      ? ['--exclude', excludePattern(corpus.oversized.map((f) => path.posix.relative(corpus.scan, f)))]
      : []),
    corpus.scan,
  ],
  async importers(corpus, out) {
    const graph = JSON.parse(await readFile(out, 'utf8')) as Record<string, string[]>
    // Paths are relative to the scanned folder.
    const rel = (p: string) => path.posix.join(corpus.scan, p)
    const deprecated = new Set(corpus.deprecated)
    const found = new Set<string>()
    for (const [file, deps] of Object.entries(graph)) {
      for (const dep of deps)
        if (deprecated.has(rel(dep)) && !deprecated.has(rel(file))) found.add(pair(rel(file), rel(dep)))
    }
    return found
  },
}

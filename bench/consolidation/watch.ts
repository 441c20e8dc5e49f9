/**
 * The watch mode's re-check after one changed file, against a cold run, in one session:
 * `launchgate consolidation --watch` on a corpus, one file edited `--edits` times (a line appended,
 * then removed: the corpus ends as it began), each re-check's own time as the CLI reports it and
 * the time from the edit to the report (which adds the 100 ms the watch waits for a quiet tree);
 * then `--runs` cold runs of the plain check in fresh processes, with an empty cache.
 *
 *   npm run bundle && npx tsx bench/consolidation/watch.ts --root <corpus> --file <relative path> [--node <binary>] [--edits 10] [--runs 3]
 */
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { nearestRank } from '../../src/util/quantile.js'

const BIN = path.resolve(import.meta.dirname, '../../bin/launchgate.js')

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const root = path.resolve(option(args, '--root') ?? '.')
  const file = path.join(root, option(args, '--file') ?? 'index.js')
  const node = option(args, '--node') ?? process.execPath
  const edits = Number(option(args, '--edits') ?? 10)
  const runs = Number(option(args, '--runs') ?? 3)
  const original = readFileSync(file, 'utf8')

  const cache = mkdtempSync(path.join(os.tmpdir(), 'lg-watch-bench-'))
  const child = spawn(node, [BIN, 'consolidation', '--watch', '--root', root, '--cache-dir', cache], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  const waiters: Array<() => void> = []
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
    waiters.splice(0).forEach((wake) => wake())
  })
  const watching = () => stderr.split('watching for changes').length - 1
  const until = async (count: number) => {
    while (watching() < count) await new Promise<void>((wake) => waiters.push(wake))
  }

  const started = performance.now()
  await until(1)
  const firstMs = performance.now() - started
  const latencies: number[] = []
  try {
    for (let i = 1; i <= edits; i++) {
      const at = performance.now()
      if (i % 2 === 1) appendFileSync(file, '\n// watch bench edit\n')
      else writeFileSync(file, original)
      await until(i + 1)
      latencies.push(performance.now() - at)
    }
  } finally {
    writeFileSync(file, original)
    child.kill('SIGTERM')
    rmSync(cache, { recursive: true, force: true })
  }
  const rechecks = [...stderr.matchAll(/re-checked in (\d+) ms/g)].map((m) => Number(m[1]))

  const cold: number[] = []
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lg-cold-bench-'))
    const at = performance.now()
    spawnSync(node, [BIN, 'consolidation', '--root', root, '--cache-dir', dir, '--format', 'json'], {
      stdio: 'ignore',
    })
    cold.push(performance.now() - at)
    rmSync(dir, { recursive: true, force: true })
  }

  const ms = (x: number) => `${Math.round(x)} ms`
  const median = (xs: number[]) => nearestRank(xs, 0.5) ?? NaN
  console.log(
    `node ${spawnSync(node, ['--version']).stdout.toString().trim()}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  console.log(`watch: first check (process start included) ${ms(firstMs)}`)
  console.log(
    `watch: re-check after one changed file, median of ${rechecks.length}: ${ms(median(rechecks))} (min ${ms(Math.min(...rechecks))}, max ${ms(Math.max(...rechecks))})`,
  )
  console.log(`watch: edit to report (adds the 100 ms quiet period), median: ${ms(median(latencies))}`)
  console.log(`cold run in a fresh process, empty cache, median of ${runs}: ${ms(median(cold))}`)
  console.log(
    `cold / re-check: ${(median(cold) / median(rechecks)).toFixed(1)}x; cold / edit-to-report: ${(median(cold) / median(latencies)).toFixed(1)}x`,
  )
}

await main()

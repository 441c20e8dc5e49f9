/** Fixture repositories for the consolidation tests: temp folders with real files, real configs. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cli, type CliRun } from '../support/cli.js'
import { loadConfig } from '../../src/config/load.js'
import { consolidationSchema, type ConsolidationConfig } from '../../src/config/sections/consolidation.js'
import { runConsolidation, type ConsolidationOptions } from '../../src/consolidation/run.js'
import type { ReportedViolation } from '../../src/consolidation/report.js'
import type { Report } from '../../src/report/types.js'
import { REPO_ROOT } from '../support/runner.js'
import { glob } from 'tinyglobby'
import { CONSOLIDATED_DELETED } from './fixtures/consolidated.js'

export const EXAMPLE = path.join(REPO_ROOT, 'examples/wheels-and-wins')

const temps: string[] = []

/** A temp folder holding `files`; removed by {@link cleanupTemps}. */
export async function writeRepo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-consolidation-'))
  temps.push(dir)
  await writeFiles(dir, files)
  return dir
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
}

export async function cleanupTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

/** A copy of the example in a temp folder (so tests never write into the repository). */
export async function copyExample(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-example-'))
  temps.push(dir)
  await cp(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.launchgate`) })
  return dir
}

const OVERLAY = path.join(REPO_ROOT, 'test/consolidation/fixtures/consolidated')

/**
 * Applies the consolidation of the launch plan (phases 2 and 3) to a copy of the example: deletes
 * the deprecated modules and writes the migrated files of fixtures/consolidated/ (stored as
 * `<name>.txt` so the repository's own typecheck and lint leave them alone).
 */
export async function consolidate(dir: string): Promise<void> {
  await Promise.all(CONSOLIDATED_DELETED.map((f) => rm(path.join(dir, f), { force: true })))
  const files: Record<string, string> = {}
  for (const file of await glob(['**/*.txt'], { cwd: OVERLAY, dot: true })) {
    files[file.slice(0, -'.txt'.length)] = await readFile(path.join(OVERLAY, file), 'utf8')
  }
  await writeFiles(dir, files)
}

/** The consolidation section with defaults, from what a test writes in YAML terms. */
export function configOf(section: Record<string, unknown>): ConsolidationConfig {
  return consolidationSchema.parse(section)
}

/** Runs the use case with the config file of `root` (the example's, by default). */
export async function runWithConfigFile(
  root: string,
  options: Partial<ConsolidationOptions> = {},
): Promise<Report> {
  const { config } = await loadConfig({ root })
  return runConsolidation({ root, config: config.consolidation, cacheDir: false, ...options })
}

/** The violations of a report's JSON data. */
export function violationsOf(report: Report): ReportedViolation[] {
  return (report.data?.violations ?? []) as ReportedViolation[]
}

/** `rule file:line` strings, compact for assertions. */
export function brief(violations: ReportedViolation[]): string[] {
  return violations.map((v) => `${v.rule} ${v.file}:${v.line}`)
}

/**
 * Runs `launchgate consolidation <argv>` in-process through the real command and the CLI's
 * error output, the way src/cli/main.ts runs every command.
 */
export async function consolidationCli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  return cli(['consolidation', ...argv], cwd)
}

/**
 * The consolidation use case: scan the repository (and, with `since`, another commit's tree), apply
 * the rules of every concern, compare with the baseline, and build the report. All I/O is here;
 * the decisions are the pure functions it calls.
 */
import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import type { ConsolidationConfig } from '../config/sections/consolidation.js'
import type { Report } from '../report/types.js'
import { auditConcerns, concernStatuses } from './audit.js'
import { identityOf, readBaseline, writeBaseline, fixedEntries, type BaselineEntry } from './baseline.js'
import { ParseCache } from './cache.js'
import { findMissingCanonicals, missingCanonicalViolation } from './canonicals.js'
import { assertUniqueNames, compileConcern, type Concern } from './concerns.js'
import { buildGraph } from './graph.js'
import { consolidationReport, type ReportedViolation } from './report.js'
import { checkConcerns } from './rules/index.js'
import { languageOf } from './scan.js'
import { checkoutRef } from './since.js'
import type { Language, Violation } from './types.js'

/** Inputs of {@link runConsolidation}. */
export interface ConsolidationOptions {
  /** Repository root; every path of the report is relative to it. */
  root: string
  config: ConsolidationConfig
  /** A git ref to compare with: violations present there are not new. */
  since?: string
  /** Write the baseline with the current violations (adds new ones, prunes fixed ones). */
  updateBaseline?: boolean
  /** Parse cache folder (absolute or relative to the root); `false` for no cache on disk. */
  cacheDir?: string | false
  /**
   * Know unchanged files by their stat (size, mtime, ctime, inode) instead of reading and hashing
   * them (default true). `false` hashes every file, for file systems whose timestamps cannot be trusted.
   */
  statCache?: boolean
  /** A line as each scan ends (the CLI's stderr, the job log): a large tree takes seconds. */
  progress?: (line: string) => void
}

/**
 * Runs the check. A concern whose canonical file does not exist fails with a `missing-canonical`
 * violation while the others are checked; two concerns of one name are a ConfigurationError and a
 * `since` that is not a commit a UsageError; syntax errors in scanned files are findings.
 */
export async function runConsolidation(options: ConsolidationOptions): Promise<Report> {
  const root = await realpath(path.resolve(options.root))
  const { config } = options
  assertUniqueNames(config.concerns)
  const concerns = config.concerns.map(compileConcern)
  // A config mistake of one concern: never baselined, never hiding the other concerns' results.
  const broken = (await findMissingCanonicals(root, concerns)).map(missingCanonicalViolation)
  const cache = await ParseCache.open(cacheDirOf(root, options), { statCache: options.statCache ?? true })
  const progress = options.progress ?? (() => undefined)
  let started = Date.now()
  const head = await scan(root, config, concerns, cache)
  progress(
    `consolidation: ${head.graph.files.size} file(s) scanned in ${Date.now() - started} ms, ${concerns.length} concern(s)`,
  )

  let since: { ref: string; sha: string; violations: Violation[] } | undefined
  if (options.since) {
    started = Date.now()
    const tree = await checkoutRef(root, options.since)
    try {
      const base = await scan(tree.root, config, concerns, cache, false)
      progress(
        `consolidation: ${options.since} (${tree.sha.slice(0, 12)}) scanned in ${Date.now() - started} ms`,
      )
      since = { ref: tree.ref, sha: tree.sha, violations: base.violations }
    } finally {
      await tree.dispose()
    }
  }

  const baselineFile = path.resolve(root, config.baseline)
  let entries: BaselineEntry[] = await readBaseline(baselineFile, config.baseline)
  const fixed = fixedEntries(entries, head.violations)
  if (options.updateBaseline) entries = await writeBaseline(baselineFile, head.violations)
  await cache.save()

  const known = new Set(entries.map(identityOf))
  const before = new Set((since?.violations ?? []).map(identityOf))
  const violations: ReportedViolation[] = [
    ...broken.map((v) => ({ ...v, status: 'new' as const })),
    ...head.violations.map((v) => ({
      ...v,
      status: known.has(identityOf(v))
        ? ('baseline' as const)
        : before.has(identityOf(v))
          ? ('pre-existing' as const)
          : ('new' as const),
    })),
  ]
  const now = new Set(head.violations.map(identityOf))
  return consolidationReport({
    violations,
    statuses: concernStatuses(concerns, [...broken, ...head.violations]),
    audit: auditConcerns(concerns, head.graph, head.violations),
    parseErrors: [...head.graph.files.values()].flatMap((f) =>
      f.problem ? [{ file: f.path, ...f.problem }] : [],
    ),
    skipped: head.graph.skipped,
    baseline: {
      file: config.baseline,
      known: violations.filter((v) => v.status === 'baseline').length,
      fixed: options.updateBaseline ? [] : fixed,
      updated: options.updateBaseline === true,
    },
    ...(since
      ? {
          since: {
            ref: since.ref,
            sha: since.sha,
            added: head.violations.filter((v) => !before.has(identityOf(v))),
            removed: since.violations.filter((v) => !now.has(identityOf(v))),
          },
        }
      : {}),
    stats: head.stats,
  })
}

async function scan(
  root: string,
  config: ConsolidationConfig,
  concerns: Concern[],
  cache: ParseCache,
  keepResolutions = true,
) {
  const signatures = concerns.flatMap((c) => c.signatures)
  const wanted = new Set(
    concerns.filter((c) => c.duplicates).flatMap((c) => c.canonical.flatMap(languagesOf)),
  )
  const { graph, stats } = await buildGraph({
    root,
    include: config.include,
    exclude: config.exclude,
    maxFileBytes: config['max-file-bytes'],
    signatures: [...new Map(signatures.map((s) => [s.signature, s])).values()],
    fingerprint: (language) => wanted.has(language),
    cache,
    keepResolutions,
  })
  return { graph, stats, violations: checkConcerns(concerns, graph) }
}

/** The language families a canonical path or glob can hold (a folder glob may hold both). */
function languagesOf(pattern: string): Language[] {
  const language = languageOf(pattern)
  return language ? [language] : ['js', 'python']
}

/** The cache folder: the option, the config's `cache`, else node_modules/.cache when it exists. */
export function cacheDirOf(
  root: string,
  options: { cacheDir?: string | false; config: ConsolidationConfig },
): string | undefined {
  if (options.cacheDir === false) return undefined
  const configured = options.cacheDir ?? options.config.cache
  if (configured) return path.resolve(root, configured)
  return existsSync(path.join(root, 'node_modules'))
    ? path.join(root, 'node_modules', '.cache', 'launchgate')
    : path.join(root, '.launchgate', 'cache')
}

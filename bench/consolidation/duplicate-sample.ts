/**
 * Precision and recall of duplicate-logic on a labelled sample of real code. Each entry of
 * duplicate-commits.json is a public commit whose message says it removed duplicated code
 * ("deduplicate", "DRY out", "consolidate", "remove platform-wise duplications"). In the tree
 * before it, every source file the commit changed is compared with every other file of its
 * language, as duplicate-logic compares a file with a canonical one. duplicate-labels.json holds a
 * random sample of the regions found (stratified by size, drawn with the detector at its loosest),
 * each labelled by a person who read both sides: `copy` when it is copied logic a team would
 * consolidate, not when it is a shared shape (framework boilerplate, test steps, similar calls).
 * The detector is re-run on every invocation; a labelled region counts as reported at a threshold
 * when a detected region overlaps it in both files with at least that many tokens.
 *
 * Usage: npx tsx bench/consolidation/duplicate-sample.ts [--mirrors <dir>] [--candidates]
 *   --mirrors:    a folder of bare clones named `<owner>+<name>` (or `<owner>+<name>/repo`);
 *                 missing ones are cloned (blobless) from GitHub into .cache/bench-consolidation/git/.
 *   --candidates: print the detected regions no label covers yet (JSON), to label more.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fingerprints } from '../../src/consolidation/fingerprint.js'
import { copiedRegions, distinctRegions, indexOf } from '../../src/consolidation/rules/duplicates.js'
import { languageOf } from '../../src/consolidation/scan.js'
import type { Language, SourceFile } from '../../src/consolidation/types.js'
import {
  matchLabels,
  measure,
  overlaps,
  renderMeasures,
  type Detected,
  type LabelledRegion,
} from './duplicate-measures.js'

const HERE = import.meta.dirname
const REPO = path.resolve(HERE, '../..')
const COMMITS = path.join(HERE, 'duplicate-commits.json')
const LABELS = path.join(HERE, 'duplicate-labels.json')
const RESULTS = path.join(HERE, 'duplicates.md')
/** Regions shorter than this are not candidates at all: below any threshold worth choosing. */
const CANDIDATE_TOKENS = 20

interface CommitEntry {
  repo: string
  commit: string
  why: string
}

function gitDirOf(repo: string, mirrors: string | undefined): string {
  const name = repo.replace('/', '+')
  for (const dir of mirrors ? [path.join(mirrors, name, 'repo'), path.join(mirrors, name)] : []) {
    if (existsSync(path.join(dir, 'HEAD'))) return dir
  }
  const cached = path.join(REPO, '.cache/bench-consolidation/git', name)
  if (!existsSync(cached)) {
    mkdirSync(path.dirname(cached), { recursive: true })
    git(['clone', '--bare', '--filter=blob:none', `https://github.com/${repo}.git`, cached], REPO)
  }
  return cached
}

function git(args: string[], gitDir: string, input?: string): string {
  return execFileSync('git', gitDir === REPO ? args : ['--git-dir', gitDir, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...(input === undefined ? {} : { input }),
  })
}

/** Every source file of a tree with its text, read in one `cat-file --batch`. */
function treeFiles(gitDir: string, commit: string): Map<string, string> {
  const entries = git(['ls-tree', '-r', commit], gitDir)
    .split('\n')
    .map((l) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && languageOf(m[2]!) !== undefined)
    .filter((m) => !/(^|\/)(node_modules|dist|build)\//.test(m[2]!))
  const out = new Map<string, string>()
  const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: entries.map((m) => m[1]).join('\n') + '\n',
    maxBuffer: 1 << 30,
  })
  let at = 0
  for (const m of entries) {
    const header = batch.toString('utf8', at, batch.indexOf(10, at))
    const size = Number(header.split(' ')[2])
    const start = batch.indexOf(10, at) + 1
    out.set(m[2]!, batch.toString('utf8', start, start + size))
    at = start + size + 1
  }
  return out
}

/** Old-side line numbers the commit deleted or replaced, per file it touched. */
function deletedLines(gitDir: string, parent: string, commit: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  let file = ''
  for (const line of git(['diff', '-U0', '--no-renames', parent, commit], gitDir).split('\n')) {
    if (line.startsWith('--- ')) file = line === '--- /dev/null' ? '' : line.slice(6)
    const hunk = /^@@ -(\d+)(?:,(\d+))? /.exec(line)
    if (!hunk || !file) continue
    const set = out.get(file) ?? new Set<number>()
    const start = Number(hunk[1])
    const count = hunk[2] === undefined ? 1 : Number(hunk[2])
    for (let n = start; n < start + count; n++) set.add(n)
    out.set(file, set)
  }
  return out
}

function sourceOf(file: string, text: string): SourceFile {
  const language = languageOf(file) as Language
  return {
    path: file,
    language,
    imports: [],
    exports: [],
    signatureHits: [],
    fingerprints: fingerprints(language, text),
  }
}

/** Every region (of at least CANDIDATE_TOKENS) the detector finds in the files the commit shrank. */
function detectCommit(entry: CommitEntry, mirrors: string | undefined): Detected[] {
  const gitDir = gitDirOf(entry.repo, mirrors)
  const parent = git(['rev-parse', `${entry.commit}^`], gitDir).trim()
  const deleted = deletedLines(gitDir, parent, entry.commit)
  const files = new Map([...treeFiles(gitDir, parent)].map(([f, t]) => [f, sourceOf(f, t)]))
  const indexes = new Map([...files].map(([f, s]) => [f, indexOf(s.fingerprints!)]))
  const out: Detected[] = []
  for (const [file, lines] of deleted) {
    const copy = files.get(file)
    if (!copy) continue
    const regions = [...files.values()]
      .filter((other) => other.path !== file && other.language === copy.language)
      .flatMap((other) => copiedRegions(copy, other, indexes.get(other.path)))
    for (const r of distinctRegions(regions).filter((x) => x.tokens >= CANDIDATE_TOKENS)) {
      let removed = 0
      for (let n = r.lines[0]; n <= r.lines[1]; n++) if (lines.has(n)) removed++
      out.push({
        repo: entry.repo,
        commit: entry.commit,
        file,
        lines: r.lines,
        other: r.canonical,
        otherLines: r.canonicalLines,
        tokens: r.tokens,
        similarity: r.similarity,
        removedByCommit: removed / (r.lines[1] - r.lines[0] + 1) >= 0.5,
      })
    }
  }
  return out
}

function main(): void {
  const args = process.argv.slice(2)
  const mirrors = args.includes('--mirrors') ? args[args.indexOf('--mirrors') + 1] : undefined
  const commits = JSON.parse(readFileSync(COMMITS, 'utf8')) as CommitEntry[]
  const detected = commits.flatMap((c) => detectCommit(c, mirrors))
  if (args.includes('--candidates')) {
    // Unlabelled regions, for a person to label: printed, never written into the labels.
    const labels = readLabels()
    const fresh = detected.filter((d) => !labels.some((l) => overlaps(l, d)))
    console.log(JSON.stringify(fresh))
    return
  }
  const text = renderMeasures(measure(matchLabels(readLabels(), detected)), readLabels().length)
  writeFileSync(RESULTS, text)
  console.log(text)
}

function readLabels(): LabelledRegion[] {
  return existsSync(LABELS) ? (JSON.parse(readFileSync(LABELS, 'utf8')) as LabelledRegion[]) : []
}

main()

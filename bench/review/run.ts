/**
 * The seeded-defect benchmark (issue 5, "Measure it"), offline mode: every case in cases.ts becomes
 * a generated git repository with a base and a head commit, reviewed by all seven agents. A hit is
 * a finding of the seed's area in the same file within 3 lines. Writes bench/review/results.md.
 *
 *   npx tsx bench/review/run.ts
 */
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { REVIEW_AGENTS } from '../../src/config/sections/review.js'
import type { ReviewAgent, ReviewFinding } from '../../src/review/findings.js'
import { runReview } from '../../src/review/run.js'
import { createTempRepo } from '../../test/support/git-repos.js'
import { CASES, type BenchCase, type SeedSpec } from './cases.js'
import { measureMatrix, type MatrixFigures } from './matrix.js'

const MARKER = / ?@@SEED/
const WINDOW = 3

interface Seed extends SeedSpec {
  case: string
  file: string
  line: number
}

interface CaseResult {
  bench: BenchCase
  seeds: Seed[]
  findings: ReviewFinding[]
  ms: number
}

/** Strips the markers and returns the seeds at their lines. */
function plant(bench: BenchCase): { files: Record<string, string>; seeds: Seed[] } {
  const files: Record<string, string> = {}
  const seeds: Seed[] = []
  for (const [file, text] of Object.entries(bench.after)) {
    files[file] = text
      .split('\n')
      .map((line, i) => {
        if (!MARKER.test(line)) return line
        const spec = bench.seeds[seeds.length]
        if (!spec) throw new Error(`${bench.id}: more markers than seeds`)
        seeds.push({ ...spec, case: bench.id, file, line: i + 1 })
        return line.replace(MARKER, '')
      })
      .join('\n')
  }
  if (seeds.length !== bench.seeds.length)
    throw new Error(`${bench.id}: ${bench.seeds.length} seeds, ${seeds.length} markers`)
  return { files, seeds }
}

async function runCase(bench: BenchCase): Promise<CaseResult> {
  const repo = await createTempRepo({ files: { 'README.md': '# app\n', ...(bench.before ?? {}) } })
  try {
    const base = await repo.sha()
    const { files, seeds } = plant(bench)
    const head = await repo.commit(bench.id, files)
    await repo.writeFiles(bench.workTree ?? {})
    const started = performance.now()
    const outcome = await runReview({
      root: repo.dir,
      base,
      head,
      agents: [...REVIEW_AGENTS],
      provider: 'offline',
      minScore: 8,
      waiversPath: '.github/launchgate-waivers.yml',
      coveragePath: 'coverage/lcov.info',
      today: new Date().toISOString().slice(0, 10),
    })
    return { bench, seeds, findings: outcome.findings, ms: performance.now() - started }
  } finally {
    await repo.cleanup()
  }
}

const near = (f: ReviewFinding, s: Seed) => f.file === s.file && Math.abs(f.line - s.line) <= WINDOW

interface AgentScore {
  agent: ReviewAgent
  seeds: number
  found: number
  findings: number
  truePositives: number
}

function scoreAgent(agent: ReviewAgent, results: readonly CaseResult[]): AgentScore {
  const score: AgentScore = { agent, seeds: 0, found: 0, findings: 0, truePositives: 0 }
  for (const r of results) {
    const mine = r.findings.filter((f) => f.properties.agents.includes(agent))
    score.findings += mine.length
    score.truePositives += mine.filter((f) => r.seeds.some((s) => near(f, s))).length
    for (const s of r.seeds.filter((s) => s.agents.includes(agent))) {
      score.seeds++
      if (mine.some((f) => near(f, s))) score.found++
    }
  }
  return score
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
const fmt = (x: number) => x.toFixed(2)

async function main(): Promise<void> {
  const started = performance.now()
  const results: CaseResult[] = []
  for (const bench of CASES) results.push(await runCase(bench))
  const wall = performance.now() - started
  // The same PRs again, each agent alone as its matrix job runs it (modules are warm by now).
  const matrix = await measureMatrix(CASES.map((bench) => ({ bench, files: plant(bench).files })))
  const agents = REVIEW_AGENTS.map((a) => scoreAgent(a, results))
  const all = results.flatMap((r) => r.findings.map((f) => ({ f, r })))
  const tp = all.filter(({ f, r }) => r.seeds.some((s) => near(f, s))).length
  const seeds = results.flatMap((r) => r.seeds.map((s) => ({ s, r })))
  const missed = seeds.filter(
    ({ s, r }) =>
      !r.findings.some((f) => near(f, s) && s.agents.some((a) => f.properties.agents.includes(a))),
  )
  const critical = seeds.filter(({ s }) => s.severity === 'CRITICAL')
  const criticalMissed = missed.filter(({ s }) => s.severity === 'CRITICAL')
  const clean = results.filter((r) => r.bench.seeds.length === 0)
  const cleanFindings = clean.reduce((n, r) => n + r.findings.length, 0)
  const falsePositives = all.filter(({ f, r }) => !r.seeds.some((s) => near(f, s)))
  const precision = ratio(tp, all.length)
  const perClean = cleanFindings / Math.max(1, clean.length)
  const goals = [
    [
      'every seeded CRITICAL found',
      `${critical.length - criticalMissed.length}/${critical.length}`,
      criticalMissed.length === 0,
    ],
    ['precision ≥ 0.9', fmt(precision), precision >= 0.9],
    ['≤ 0.5 findings per clean PR', fmt(perClean), perClean <= 0.5],
    [
      '7 jobs close to the slowest agent, not their sum',
      `${fmt(matrix.parallel / 1000)} s parallel vs ${fmt(matrix.sequential / 1000)} s summed`,
      matrix.parallel <= 0.5 * matrix.sequential,
    ],
  ] as const
  const lines = [
    '# Review benchmark: seeded defects, offline mode',
    '',
    `Generated by \`npx tsx bench/review/run.ts\` on Node ${process.version}: ${results.length - clean.length} PRs with ${seeds.length} seeded defects and ${clean.length} clean PRs, each a commit pair in its own generated git repository, reviewed by all 7 agents (deterministic analyzers, no LLM). A hit is a finding reported by the seed's area in the same file within ${WINDOW} lines. Precision counts every finding of an area that is not near any seed as false.`,
    '',
    '| goal | result | met |',
    '|---|---|---|',
    ...goals.map(([goal, value, met]) => `| ${goal} | ${value} | ${met ? 'yes' : 'NO'} |`),
    '',
    '| area | seeds | found | recall | findings | precision |',
    '|---|---|---|---|---|---|',
    ...agents.map(
      (a) =>
        `| ${a.agent} | ${a.seeds} | ${a.found} | ${fmt(ratio(a.found, a.seeds))} | ${a.findings} | ${fmt(ratio(a.truePositives, a.findings))} |`,
    ),
    `| **all** | ${seeds.length} | ${seeds.length - missed.length} | ${fmt(ratio(seeds.length - missed.length, seeds.length))} | ${all.length} | ${fmt(precision)} |`,
    '',
    `Findings on clean PRs: ${cleanFindings} over ${clean.length} PRs (${fmt(perClean)} per PR).`,
    '',
    `Time: ${(wall / 1000).toFixed(1)} s wall for ${results.length} PRs including repository setup; review alone ${(results.reduce((n, r) => n + r.ms, 0) / 1000).toFixed(1)} s (the first review loads ESLint, ${(results[0]!.ms / 1000).toFixed(1)} s; median ${fmt(median(results.map((r) => r.ms)) / 1000)} s per PR).`,
    '',
    ...matrixLines(matrix, results.length),
    '## Missed seeds',
    '',
    ...(missed.length === 0
      ? ['none']
      : missed.map(({ s }) => `- ${s.case}: ${s.severity} for ${s.agents.join('+')} at ${s.file}:${s.line}`)),
    '',
    '## False findings',
    '',
    ...(falsePositives.length === 0
      ? ['none']
      : falsePositives.map(
          ({ f, r }) =>
            `- ${r.bench.id}: ${f.severity} ${f.rule} at ${f.file}:${f.line} (${f.properties.agents.join('+')})`,
        )),
    '',
  ]
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md')
  await mkdir(path.dirname(out), { recursive: true })
  await writeFile(out, lines.join('\n'))
  console.log(lines.slice(4, 20).join('\n'))
  if (goals.some(([, , met]) => !met)) process.exitCode = 1
}

/** The matrix section: the seven jobs in parallel (slowest agent per PR) against their sum. */
function matrixLines(m: MatrixFigures, prs: number): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  return [
    '## The 7 jobs: parallel against sequential',
    '',
    `Each PR reviewed again by each agent alone, as its matrix job does, in the same run. The matrix's wall time is modelled as the slowest agent of each PR (the jobs run on separate runners), summed over the ${prs} PRs; one runner reviewing the seven in turn would take the sum of all agents. Runner start-up, checkout and each job's cold start (loading ESLint, about a second) come on top of both and are not modelled.`,
    '',
    `| model | time over ${prs} PRs | per PR |`,
    '|---|---|---|',
    `| 7 jobs in parallel (max of the agents) | ${s(m.parallel)} | ${s(m.parallel / prs)} |`,
    `| 7 jobs in sequence (sum of the agents) | ${s(m.sequential)} | ${s(m.sequential / prs)} |`,
    '',
    `Speed-up ${(m.sequential / Math.max(1, m.parallel)).toFixed(1)}x.`,
    '',
    '| agent | time over all PRs | slowest of a PR |',
    '|---|---|---|',
    ...REVIEW_AGENTS.map((a) => `| ${a} | ${s(m.perAgent[a])} | ${m.slowest[a]} |`),
    '',
  ]
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

await main()

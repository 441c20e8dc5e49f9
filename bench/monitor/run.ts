/**
 * The monitor's simulation benchmark: many seeded 4-hour post-deploy windows per scenario, judged
 * run by run by launchgate's decision and cadence and by two naive peers on the very same samples.
 * `npx tsx bench/monitor/run.ts [--windows N] [--seed S]`; writes bench/monitor/results.md.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { PLAN_CADENCE, checkDue } from '../../src/monitor/cadence.js'
import { launchgate, naive, type Judge } from './judges.js'
import { measureOverlap, type OverlapFigures } from './overlap.js'
import { Rng } from './rng.js'
import { SCENARIOS } from './scenarios.js'
import {
  BUCKET_MIN,
  DEPLOYED_AT,
  INGEST_LAG_MIN,
  MINUTE,
  observe,
  simulateWindow,
  type Scenario,
  type Window,
} from './world.js'

const JUDGES: Judge[] = [launchgate, naive(true), naive(false)]

interface Outcome {
  minute: number
  cause: 'signal' | 'no-data'
}

/** Runs one window: every wake-up asks the cadence; each due run is judged by every judge still watching. */
function runWindow(window: Window, rng: Rng): Array<Outcome | undefined> {
  const outcomes: Array<Outcome | undefined> = JUDGES.map(() => undefined)
  // The live monitor reads its last check back from GitHub (a deployment status), so a late or
  // skipped wake-up is caught up by the next one instead of losing the slot.
  let lastCheck: number | undefined
  for (const minute of window.wakeUps) {
    const due = checkDue(PLAN_CADENCE, minute * MINUTE, lastCheck)
    if (!due.watching) break
    if (!due.due) continue
    lastCheck = minute * MINUTE
    const samples = observe(window, minute, rng)
    JUDGES.forEach((judge, i) => {
      if (outcomes[i] !== undefined) return
      const verdict = judge.judge(samples, DEPLOYED_AT, DEPLOYED_AT + minute * MINUTE)
      if (verdict.rollback) outcomes[i] = { minute, cause: verdict.cause ?? 'signal' }
    })
  }
  return outcomes
}

function intervalAt(minute: number): number {
  return (PLAN_CADENCE.steps.find((s) => minute < s.untilMinutes) ?? PLAN_CADENCE.steps.at(-1)!).everyMinutes
}

/**
 * The latest minute a rollback counts as "within two evaluation intervals": from the moment the
 * fault is observable (a probe sees it at once; a bucket once the first fully faulty one has closed
 * and been ingested), two intervals of the cadence plus the scheduler's lateness.
 */
function deadline(scenario: Scenario, onset: number): number {
  const soft = ['error-rate', 'websocket', 'p95'].includes(scenario.fault!.kind)
  const observable = soft ? Math.ceil(onset / BUCKET_MIN) * BUCKET_MIN + BUCKET_MIN + INGEST_LAG_MIN : onset
  return observable + 2 * intervalAt(observable) + scenario.ops.maxDelayMin
}

interface Tally {
  windows: number
  rollbacks: number
  noDataRollbacks: number
  early: number
  inTime: number
  inWindow: number
  latencies: number[]
}

function tallyScenario(scenario: Scenario, windows: number, seed: number): Tally[] {
  const rng = new Rng(seed)
  const tallies: Tally[] = JUDGES.map(() => ({
    windows,
    rollbacks: 0,
    noDataRollbacks: 0,
    early: 0,
    inTime: 0,
    inWindow: 0,
    latencies: [],
  }))
  for (let w = 0; w < windows; w++) {
    const window = simulateWindow(scenario, rng)
    runWindow(window, rng).forEach((outcome, i) => {
      const t = tallies[i]!
      if (outcome === undefined) return
      t.rollbacks++
      if (outcome.cause === 'no-data') t.noDataRollbacks++
      if (window.onsetMin === undefined) return
      if (outcome.minute < window.onsetMin) {
        t.early++
        return
      }
      t.inWindow++
      t.latencies.push(outcome.minute - window.onsetMin)
      if (outcome.minute <= deadline(scenario, window.onsetMin)) t.inTime++
    })
  }
  return tallies
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`
const median = (xs: number[]) =>
  xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

interface Row {
  measure: string
  goal: string
  cells: string[]
}

function rowsFor(scenario: Scenario, tallies: Tally[]): Row[] {
  if (scenario.fault === undefined) {
    const rows: Row[] = [
      {
        measure: `false rollbacks: ${scenario.label}`,
        goal: scenario.id === 'healthy-noisy' ? '≤ 1%' : '—',
        cells: tallies.map((t) => pct(t.rollbacks, t.windows)),
      },
    ]
    if (scenario.id === 'healthy-data') {
      rows.unshift({
        measure: 'false rollbacks caused by missing data or API errors',
        goal: '0',
        cells: tallies.map((t) => pct(t.noDataRollbacks, t.windows)),
      })
    }
    return rows
  }
  const hard = ['health', 'database', 'security'].includes(scenario.fault.kind)
  const goal =
    scenario.ops.apiErrorRate > 0 || (scenario.fault.onset === 'random' && !hard)
      ? '—'
      : hard
        ? '≥ 99%'
        : '≥ 95%'
  return [
    {
      measure: `caught within 2 intervals: ${scenario.label}`,
      goal,
      cells: tallies.map(
        (t) =>
          `${pct(t.inTime, t.windows)} (median ${median(t.latencies).toFixed(0)} min, early ${pct(t.early, t.windows)})`,
      ),
    },
  ]
}

/** The overlap row: measured on launchgate's rollback only; the naive judges open nothing. */
function overlapRow(f: OverlapFigures): Row {
  const cell =
    `${f.duplicatePulls} duplicate PRs, ${f.duplicateIssues} duplicate issues in ${f.trials} trials ` +
    `(${f.missing} without exactly one of each; follow-up run created ${f.followUpCreated})`
  return {
    measure: `duplicate PRs or issues when ${f.runsPerTrial} runs overlap (real rollback, local forge and git)`,
    goal: '0',
    cells: [cell, '—', '—'],
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name)
    return i >= 0 ? Number(args[i + 1]) : fallback
  }
  const windows = option('--windows', 2000)
  const seed = option('--seed', 20260110)
  const overlapTrials = option('--overlap-trials', 40)
  const started = performance.now()
  const rows: Row[] = []
  SCENARIOS.forEach((scenario, i) =>
    rows.push(...rowsFor(scenario, tallyScenario(scenario, windows, seed + i))),
  )
  for (const runsPerTrial of [2, 4]) {
    rows.push(
      overlapRow(await measureOverlap({ trials: overlapTrials, runsPerTrial, seed: seed + runsPerTrial })),
    )
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)

  const header = ['measure', 'goal', ...JUDGES.map((j) => j.name)]
  const table = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${[r.measure, r.goal, ...r.cells].join(' | ')} |`),
  ].join('\n')
  console.log(table)
  console.log(`\n${windows} windows per scenario, seed ${seed}, ${seconds} s`)

  const here = path.dirname(fileURLToPath(import.meta.url))
  const doc = `# Monitor simulation

Generated by \`npx tsx bench/monitor/run.ts --windows ${windows} --seed ${seed} --overlap-trials ${overlapTrials}\` (${seconds} s). Do not edit by hand.

Each scenario is ${windows} simulated 4-hour windows after a deploy, 5-minute buckets: traffic of
300 to 3000 requests per bucket (10 to 150 in low-traffic windows) with log-normal drift, binomial
error counts around a healthy rate of 0.2% to 2% that wanders bucket to bucket, WebSocket attempts at a
tenth of the traffic, log-normal latency (the P95 drawn from its sampling distribution), five health
probes per run (1% of them fail on a healthy app), a cron wake-up every 5 minutes run up to 3 minutes
late, and the cadence of the plan deciding which wake-ups check. "Data problems" adds 10% failed
queries per source and run (a third of them 429s), 10% missing buckets, traffic gaps and 10% skipped
wake-ups. The judges see the same samples at the same runs:

- **launchgate**: \`decide()\` with the plan's thresholds (Wilson bound at 95%, 100 requests or 20
  attempts per bucket, two consecutive buckets for soft signals, 3 of the last 5 probes failing for hard ones).
- **naive (no data = fail)**: the raw ratio of the latest complete bucket against the threshold, one
  failing probe is enough, and a failed query or an empty bucket fails ("no values found").
- **naive (no data = pass)**: the same, but a failed query or an empty bucket passes.

"Caught within 2 intervals": rolled back by the time the fault was observable (a probe: at once; a
bucket: once the first fully faulty bucket closed and was ingested) plus two intervals of the cadence
and the scheduler's 3 minutes of lateness. "Median" is minutes from onset to rollback; "early" is a
rollback before the fault started (a false rollback in a faulty window).

"Duplicate PRs or issues when runs overlap" is not simulated: each trial is a real git repository with
a deployed merge and the local forge over it, and 2 (or 4) \`openRollback\` runs, each with its own
forge instance as separate processes would have, started 0 to 400 ms apart (a rollback takes about
that long, so the starts cover "together", "mid-way" and "after the first is done"); then one more
run, as the next scheduled check, which must find the PR and the issue rather than add any.

${table}
`
  // Formatted as the repository's prettier would, so `npm run lint` stays green after a run.
  const target = path.join(here, 'results.md')
  const options = (await prettier.resolveConfig(target)) ?? {}
  await writeFile(target, await prettier.format(doc, { ...options, filepath: target }))
}

await main()

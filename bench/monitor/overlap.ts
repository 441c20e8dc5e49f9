/**
 * "Zero duplicate PRs or issues when two runs overlap", measured on the real rollback code: each
 * trial is a fresh git repository with a deployed merge, a local forge over it, and several
 * `openRollback` runs started a seeded few milliseconds apart (every interleaving from "at once" to
 * "the first one is done"), each with its own forge instance as separate processes would have.
 * Then one more run, as the next scheduled check: it must find the one PR and issue, not add any.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalForge } from '../../src/ports/local-forge.js'
import { openRollback, type RollbackRequest } from '../../src/rollback/index.js'
import { createBareRemote, createTempRepo } from '../../test/support/git-repos.js'
import { Rng } from './rng.js'

/** The outcome over all trials. */
export interface OverlapFigures {
  trials: number
  runsPerTrial: number
  /** Trials that ended with more than one rollback PR, or more than one rollback issue. */
  duplicatePulls: number
  duplicateIssues: number
  /** Trials without exactly one PR and one issue once the follow-up run is done. */
  missing: number
  /** Trials in which the follow-up run created anything. */
  followUpCreated: number
  seconds: number
}

async function trial(rng: Rng, runs: number, maxStaggerMs: number) {
  const work = await createTempRepo({ files: { 'app.txt': 'version 1\n' } })
  const stateDir = await mkdtemp(join(tmpdir(), 'launchgate-overlap-'))
  try {
    await work.branch('feature')
    await work.commit('feature', { 'app.txt': 'version 2\n' })
    await work.checkout('main')
    await work.git('merge', '--no-ff', '--quiet', '-m', 'deploy', 'feature')
    const sha = await work.sha()
    const remote = await createBareRemote(work)
    const open = () =>
      LocalForge.open({ gitDir: remote.dir, stateDir, repo: { owner: 'acme', repo: 'app' }, env: work.env })
    const request: RollbackRequest = {
      sha,
      environment: 'production',
      reason: 'bench',
      evidenceMarkdown: 'evidence',
      base: 'main',
    }
    const delays = Array.from({ length: runs }, (_, i) => (i === 0 ? 0 : rng.between(0, maxStaggerMs)))
    const forges = await Promise.all(delays.map(() => open()))
    await Promise.all(
      forges.map(async (forge, i) => {
        await new Promise((resolve) => setTimeout(resolve, delays[i]))
        return openRollback(forge, request)
      }),
    )
    const followUp = await openRollback(forges[0]!, request)
    const pulls = (await forges[0]!.findPullRequests({ state: 'all' })).length
    const issues = (await forges[0]!.findIssues({ state: 'all' })).length
    return { pulls, issues, followUpCreated: followUp.created }
  } finally {
    await work.cleanup()
    await rm(stateDir, { recursive: true, force: true })
  }
}

/**
 * Runs the trials.
 * @param maxStaggerMs the latest start of a later run after the first; a rollback takes about
 *   this long on a laptop, so the starts cover "together", "mid-way" and "after"
 */
export async function measureOverlap(options: {
  trials: number
  runsPerTrial: number
  seed: number
  maxStaggerMs?: number
}): Promise<OverlapFigures> {
  const rng = new Rng(options.seed)
  const started = performance.now()
  const figures: OverlapFigures = {
    trials: options.trials,
    runsPerTrial: options.runsPerTrial,
    duplicatePulls: 0,
    duplicateIssues: 0,
    missing: 0,
    followUpCreated: 0,
    seconds: 0,
  }
  for (let i = 0; i < options.trials; i++) {
    const outcome = await trial(rng, options.runsPerTrial, options.maxStaggerMs ?? 400)
    if (outcome.pulls > 1) figures.duplicatePulls++
    if (outcome.issues > 1) figures.duplicateIssues++
    if (outcome.pulls !== 1 || outcome.issues !== 1) figures.missing++
    if (outcome.followUpCreated) figures.followUpCreated++
  }
  figures.seconds = (performance.now() - started) / 1000
  return figures
}

/**
 * Gathers what the checklist judges: checks and blocking pull requests from the forge, which
 * secret names are set, and the files changed since the last release from git. Only the facts of
 * active items are fetched; nothing is written anywhere.
 */
import type { DeployConfig } from '../config/sections/deploy.js'
import { describeError } from '../errors.js'
import { mergeBase, runGit, tryRevParse } from '../git/git.js'
import type { Forge } from '../ports/forge.js'
import { parseNameStatus } from '../ports/local-forge-diff.js'
import type { ChecklistFacts, ChecklistSkip } from './checklist.js'
import { itemsToCheck } from './checklist.js'
import { neededSecrets } from './secrets.js'

/** Where the facts come from. */
export interface FactSources {
  forge: Forge
  /** A git repository holding the source branch's history (the runner's checkout, the bare remote). */
  repoDir?: string
  gitEnv?: Record<string, string>
  /** The environment secrets and variables are read from; only presence is recorded. */
  env: Record<string, string | undefined>
}

const FILE_ITEMS = new Set(['migrations', 'changelog', 'docs'])
// Deployments looked at to find the last successful one; older ones are history, not "the last".
const DEPLOYMENTS_SCANNED = 20

/** Reads the facts for the items that will be judged. */
export async function gatherChecklistFacts(
  sources: FactSources,
  config: DeployConfig,
  heads: { sourceSha: string; targetSha: string },
  skips: readonly ChecklistSkip[],
): Promise<ChecklistFacts> {
  const active = itemsToCheck(config.checklist, skips)
  const label = config.checklist['blocking-label']
  const needed = neededSecrets(config)
  const names = [...needed.map((s) => s.name), ...config.checklist.variables]
  const [checks, blockingPulls, changes] = await Promise.all([
    active.has('required-checks') ? sources.forge.listCommitChecks(heads.sourceSha) : undefined,
    active.has('blocking-prs') && label !== false ? blockingPullsOf(sources.forge, config, label) : undefined,
    [...active].some((id) => FILE_ITEMS.has(id)) ? changedSinceRelease(sources, config, heads) : undefined,
  ])
  return {
    source: { branch: config['source-branch'], sha: heads.sourceSha },
    checks,
    blockingPulls,
    neededSecrets: needed,
    presentNames: new Set(names.filter((name) => (sources.env[name] ?? '') !== '')),
    changes,
  }
}

async function blockingPullsOf(forge: Forge, config: DeployConfig, label: string) {
  const pulls = await forge.findPullRequests({ base: config['source-branch'], state: 'open' })
  const wanted = label.toLowerCase()
  return pulls
    .filter((p) => p.labels.some((l) => l.toLowerCase() === wanted))
    .map((p) => ({ number: p.number, title: p.title, url: p.url }))
}

/**
 * The sha of the newest deployment to the environment whose latest status is `success`: the last
 * release. Undefined when there is none (the first deploy).
 */
export async function lastReleasedSha(forge: Forge, environment: string): Promise<string | undefined> {
  const deployments = (await forge.listDeployments({ environment })).slice(0, DEPLOYMENTS_SCANNED)
  for (const deployment of deployments) {
    const [latest] = await forge.listDeploymentStatuses(deployment.id)
    if (latest?.state === 'success') return deployment.sha
  }
  return undefined
}

/**
 * Files changed on the source branch since the last release: from the merge base of the last
 * released commit (else the target branch) and the source head, as `git diff a...b` reads it, so
 * hotfixes made on main alone do not show up as removed.
 */
async function changedSinceRelease(
  sources: FactSources,
  config: DeployConfig,
  heads: { sourceSha: string; targetSha: string },
): Promise<ChecklistFacts['changes']> {
  const { repoDir, gitEnv: env } = sources
  if (!repoDir)
    return { error: 'no git repository to list changed files in: run in a checkout of the repository' }
  try {
    if (!(await tryRevParse(repoDir, heads.sourceSha, env))) {
      return {
        error: `the checkout lacks ${config['source-branch']}'s head ${heads.sourceSha.slice(0, 12)}: check out with full history (actions/checkout with fetch-depth: 0)`,
      }
    }
    const released = await lastReleasedSha(sources.forge, config.environment)
    const known = released && (await tryRevParse(repoDir, released, env))
    const from = known ?? heads.targetSha
    const label = known
      ? `the last release (${released!.slice(0, 12)})`
      : `${config['target-branch']} (${heads.targetSha.slice(0, 12)})`
    const base =
      (await tryRevParse(repoDir, from, env)) && (await mergeBase(repoDir, from, heads.sourceSha, env))
    if (!base) {
      return {
        error: `${label} is not in the checkout or shares no history with ${config['source-branch']}: check out with fetch-depth: 0`,
      }
    }
    const diff = await runGit(
      ['diff', '--no-color', '--no-ext-diff', '--find-renames', '--name-status', '-z', base, heads.sourceSha],
      { cwd: repoDir, env },
    )
    return { since: label, files: parseNameStatus(diff.stdout) }
  } catch (error) {
    return { error: `could not list the changed files: ${describeError(error)}` }
  }
}

/**
 * A re-dispatch after an interrupted deploy (killed, an outage after the merge): the target's tip
 * is launchgate's merge of the source, and no deployment of it reached an end. The decisions here
 * are pure; `readReleaseState` gathers their facts from the forge.
 */
import type { DeployConfig } from '../config/sections/deploy.js'
import type { DeploymentState, Forge } from '../ports/forge.js'
import type { BranchTips, TipCommit } from './branch-tip.js'

/** One launchgate deployment and its statuses' states, newest first (empty: none posted). */
export interface DeploymentTrail {
  id: number
  sha: string
  states: DeploymentState[]
}

/** What a deploy finds on the target before it merges anything. */
export type ReleaseState =
  /** The target's tip is not a launchgate merge of the source's tip: promote as usual. */
  | { kind: 'none' }
  /** The merge was released: a deployment of it ended (success, failure, inactive). */
  | { kind: 'released'; sha: string; deployment: { id: number; state: DeploymentState } }
  /** The merge is there, unreleased; `carryOn` is the deployment an interrupted run left open. */
  | { kind: 'unreleased'; sha: string; carryOn?: DeploymentTrail }

// A deployment whose newest status is one of these was finished by someone; `error` is not: it
// says an outage stopped the release, which a re-dispatch carries through on the same deployment.
const ENDED: readonly DeploymentState[] = ['success', 'failure', 'inactive']

/** True when a deployment's newest state says its release ended. */
export function releaseEnded(trail: DeploymentTrail): boolean {
  return trail.states.length > 0 && ENDED.includes(trail.states[0]!)
}

/** True while a deployment has no status or only a transient one (a run stopped before its end). */
export function leftOpen(trail: DeploymentTrail): boolean {
  const newest = trail.states[0]
  return newest === undefined || ['queued', 'pending', 'in_progress'].includes(newest)
}

/**
 * True for the merge commit a deploy of `source` into `target` made: two parents, the second the
 * source's tip, and launchgate's message (the merges API's `Deploy staging (abc…) to main`, or the
 * pull request's `Deploy staging to main (#12)`). A merge a person made is not taken for one: the
 * checklist never ran on it.
 */
export function isDeployMerge(
  tip: TipCommit | undefined,
  branches: { source: string; target: string; sourceSha: string },
): boolean {
  if (!tip || tip.parents.length !== 2 || tip.parents[1] !== branches.sourceSha) return false
  const title = tip.message.split('\n')[0]!.trim()
  const source = escape(branches.source)
  const target = escape(branches.target)
  return new RegExp(`^Deploy ${source} (\\([0-9a-f]{7,40}\\) )?to ${target}( \\(#\\d+\\))?$`).test(title)
}

/**
 * Decides from the target's tip and the deployments of it (launchgate's, in this environment)
 * whether the deploy merges, has nothing to do, or finishes a release an earlier run left.
 */
export function decideReleaseState(
  tip: TipCommit | undefined,
  branches: { source: string; target: string; sourceSha: string },
  trails: readonly DeploymentTrail[],
): ReleaseState {
  if (!tip || !isDeployMerge(tip, branches)) return { kind: 'none' }
  const newestFirst = trails.filter((t) => t.sha === tip.sha).sort((a, b) => b.id - a.id)
  const ended = newestFirst.find(releaseEnded)
  if (ended) return { kind: 'released', sha: tip.sha, deployment: { id: ended.id, state: ended.states[0]! } }
  return { kind: 'unreleased', sha: tip.sha, carryOn: newestFirst[0] }
}

/**
 * The deployments to close when `current` carries the release: launchgate's in the environment
 * that interrupted runs left without an end, whatever their commit. The workflow's concurrency
 * group keeps a second deploy of the environment from running meanwhile.
 */
export function orphansBesides(trails: readonly DeploymentTrail[], currentId: number): DeploymentTrail[] {
  return trails.filter((t) => t.id !== currentId && leftOpen(t))
}

/** The deploy's own deployments, the newest first: `payload.tool` is `launchgate`. */
export async function readTrails(
  forge: Forge,
  query: { environment: string; sha?: string },
  limit = TRAILS_READ,
): Promise<DeploymentTrail[]> {
  const deployments = (await forge.listDeployments(query))
    .filter((d) => d.payload?.tool === 'launchgate')
    .sort((a, b) => b.id - a.id)
    .slice(0, limit)
  return Promise.all(
    deployments.map(async (d) => ({
      id: d.id,
      sha: d.sha,
      states: (await forge.listDeploymentStatuses(d.id)).sort((a, b) => b.id - a.id).map((s) => s.state),
    })),
  )
}

// Interrupted runs are rare and recent: the newest few deployments are where they are.
const TRAILS_READ = 10

/** Reads the target's tip and its deployments, then decides (see {@link decideReleaseState}). */
export async function readReleaseState(
  ports: { forge: Forge; tips: BranchTips },
  config: DeployConfig,
  sourceSha: string,
): Promise<ReleaseState> {
  const branches = { source: config['source-branch'], target: config['target-branch'], sourceSha }
  const tip = await ports.tips.tip(branches.target)
  if (!isDeployMerge(tip, branches)) return { kind: 'none' }
  const trails = await readTrails(ports.forge, { environment: config.environment, sha: tip!.sha })
  return decideReleaseState(tip, branches, trails)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

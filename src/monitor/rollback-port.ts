/**
 * The monitor's actions on the forge: the rollback (through `src/rollback`, exactly once) and the
 * "monitor is blind" issue, one per deployed sha, updated by later runs rather than repeated.
 */
import type { Forge, Issue } from '../ports/forge.js'
import { openRollback, type RollbackRequest, type RollbackResult } from '../rollback/index.js'
import type { RollbackLabels } from '../rollback/texts.js'
import type { BlindStatus } from './blind.js'
import type { BlindIssueResult, RollbackPort, WatchedDeployment } from './ports.js'

/** Options of {@link ForgeRollbackPort}. */
export interface ForgeRollbackOptions {
  labels: RollbackLabels & { blind: string }
  /** The branch deploys land on, when the deployment's ref does not say. */
  base?: string
  /** Where the revert is written (see `RollbackRequest.git`). */
  git?: RollbackRequest['git']
}

/** The hidden marker of the blind issue of a sha. */
export function blindMarker(sha: string): string {
  return `<!-- launchgate:monitor-blind sha=${sha} -->`
}

/** The body of the blind issue: which signals, why, and what to check. */
export function blindBody(deployment: WatchedDeployment, blind: BlindStatus): string {
  const rows = blind.signals.map((s) => `| ${s.signal} | ${s.cause} | ${s.runs} |`)
  return [
    blindMarker(deployment.sha),
    `## The monitor cannot see ${deployment.environment} (\`${deployment.sha.slice(0, 12)}\`)`,
    '',
    'These signals had no usable data in each of the last runs. The monitor never rolls back on',
    'missing data; a person should check the source (a revoked or missing token, a renamed Sentry',
    'release, a quota, a health URL that moved) before trusting the silence.',
    '',
    '| signal | cause | runs in a row |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

/** {@link RollbackPort} over a forge. */
export class ForgeRollbackPort implements RollbackPort {
  constructor(
    private readonly forge: Forge,
    private readonly options: ForgeRollbackOptions,
  ) {}

  rollback(
    deployment: WatchedDeployment,
    reason: string,
    evidenceMarkdown: string,
    options: { dryRun: boolean },
  ): Promise<RollbackResult> {
    return openRollback(this.forge, {
      sha: deployment.sha,
      environment: deployment.environment,
      reason,
      evidenceMarkdown,
      dryRun: options.dryRun,
      deploymentId: deployment.id,
      base: deployment.ref ?? this.options.base,
      pullRequest: deployment.pullRequest,
      git: this.options.git,
      labels: this.options.labels,
    })
  }

  async reportBlind(
    deployment: WatchedDeployment,
    blind: BlindStatus,
    options: { dryRun: boolean },
  ): Promise<BlindIssueResult> {
    const label = this.options.labels.blind
    const marker = blindMarker(deployment.sha)
    const mine = (issues: Issue[]) =>
      issues.filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number)
    const [open] = mine(await this.forge.findIssues({ labels: [label], state: 'open' }))
    const body = blindBody(deployment, blind)
    if (open) {
      if (options.dryRun) return { outcome: 'would-update', number: open.number, url: open.url }
      if (open.body === body) return { outcome: 'unchanged', number: open.number, url: open.url }
      const updated = await this.forge.updateIssue(open.number, { body })
      return { outcome: 'updated', number: updated.number, url: updated.url }
    }
    if (options.dryRun) return { outcome: 'would-create' }
    const title = `Monitor is blind on ${deployment.environment} (${deployment.sha.slice(0, 12)})`
    await this.forge.ensureLabel(label, 'fbca04', 'launchgate: the monitor has no data')
    const created = await this.forge.createIssue({ title, body, labels: [label] })
    // Two overlapping runs may both have opened one: keep the oldest, close the others.
    const [keep, ...extra] = mine(await this.forge.findIssues({ labels: [label], state: 'open' }))
    for (const issue of extra) await this.forge.updateIssue(issue.number, { state: 'closed' })
    const kept = keep ?? created
    return {
      outcome: kept.number === created.number ? 'created' : 'unchanged',
      number: kept.number,
      url: kept.url,
    }
  }
}

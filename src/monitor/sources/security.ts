/**
 * Critical security alerts opened since the deploy: Dependabot alerts (severity critical) and
 * code scanning alerts whose rule's security severity is critical. Needs `security-events: read`
 * (and Dependabot alerts enabled); a refusal is a source failure, never a pass.
 */
import { callGitHub, type GitHubClient } from '../../github/client.js'
import type { RepoRef } from '../../ports/forge.js'
import type { SignalSource, SourceReading, WatchedDeployment } from '../ports.js'
import type { SecurityAlert } from '../samples.js'
import { sourceFailure } from './sentry.js'

/** Which alert lists to read. */
export interface SecurityAlertOptions {
  dependabot: boolean
  codeScanning: boolean
}

const PER_PAGE = 100

/** {@link SignalSource} `security-alert` over GitHub's alert APIs. */
export class SecurityAlertSource implements SignalSource {
  readonly source = 'security-alert' as const

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    private readonly options: SecurityAlertOptions,
  ) {}

  async read(deployment: WatchedDeployment, now: number): Promise<SourceReading> {
    try {
      const lists = await Promise.all([
        this.options.dependabot ? this.dependabot(deployment.deployedAt) : [],
        this.options.codeScanning ? this.codeScanning(deployment.deployedAt) : [],
      ])
      return { samples: lists.flat() }
    } catch (error) {
      return { samples: [sourceFailure('security-alert', now, error)] }
    }
  }

  /** Open critical Dependabot alerts, newest first, read until one predates the deploy. */
  private async dependabot(since: number): Promise<SecurityAlert[]> {
    const params = {
      owner: this.repo.owner,
      repo: this.repo.repo,
      state: 'open',
      severity: 'critical',
      sort: 'created' as const,
      direction: 'desc' as const,
      per_page: PER_PAGE,
    }
    const path = `GET /repos/${this.repo.owner}/${this.repo.repo}/dependabot/alerts`
    return callGitHub(path, () =>
      this.octokit.paginate(this.octokit.rest.dependabot.listAlertsForRepo, params, (response, done) => {
        const fresh = response.data.filter((a) => Date.parse(a.created_at) >= since)
        if (fresh.length < response.data.length) done()
        return fresh.map((a): SecurityAlert => ({
          signal: 'security-alert',
          at: Date.parse(a.created_at),
          severity: a.security_advisory.severity,
          summary: `Dependabot #${a.number}: ${a.security_advisory.summary} (${a.security_vulnerability.package.name})`,
          url: a.html_url,
        }))
      }),
    )
  }

  /** Open code scanning alerts of critical security severity opened since the deploy. */
  private async codeScanning(since: number): Promise<SecurityAlert[]> {
    const params = {
      owner: this.repo.owner,
      repo: this.repo.repo,
      state: 'open' as const,
      sort: 'created' as const,
      direction: 'desc' as const,
      per_page: PER_PAGE,
    }
    const path = `GET /repos/${this.repo.owner}/${this.repo.repo}/code-scanning/alerts`
    return callGitHub(path, () =>
      this.octokit.paginate(this.octokit.rest.codeScanning.listAlertsForRepo, params, (response, done) => {
        const fresh = response.data.filter((a) => Date.parse(a.created_at) >= since)
        if (fresh.length < response.data.length) done()
        return fresh
          .filter((a) => a.rule.security_severity_level === 'critical')
          .map((a): SecurityAlert => ({
            signal: 'security-alert',
            at: Date.parse(a.created_at),
            severity: 'critical',
            summary: `code scanning #${a.number}: ${a.rule.description ?? a.rule.name ?? 'alert'}`,
            url: a.html_url,
          }))
      }),
    )
  }
}

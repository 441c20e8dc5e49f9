/**
 * Dependabot and code scanning alerts of a repository, read-only as the monitor uses them. The
 * alerts live beside the repository's state (a WeakMap, so RepoState needs no new fields); tests
 * add them with {@link addDependabotAlert} and {@link addCodeScanningAlert}, and may answer
 * GitHub's 403/404 for a repository without the feature through `gh.fail(...)`.
 */
import type { RepoState } from '../repo-state.js'
import { simpleUser, type Urls } from '../shapes/common.js'
import { listOf, repoOf, type RouteContext, type RouteTable } from '../routing.js'

type Severity = 'low' | 'medium' | 'high' | 'critical'
type Json = Record<string, unknown>

/** A Dependabot alert as a test adds it. */
export interface NewDependabotAlert {
  severity: Severity
  summary: string
  package?: string
  state?: 'open' | 'dismissed' | 'fixed' | 'auto_dismissed'
  createdAt: string
}

/** A code scanning alert as a test adds it. */
export interface NewCodeScanningAlert {
  /** The rule's security severity; undefined for a quality (non-security) rule. */
  securitySeverity?: Severity
  description: string
  state?: 'open' | 'dismissed' | 'fixed'
  createdAt: string
}

interface Alerts {
  dependabot: Array<NewDependabotAlert & { number: number }>
  codeScanning: Array<NewCodeScanningAlert & { number: number }>
}

const store = new WeakMap<RepoState, Alerts>()

function alertsOf(repo: RepoState): Alerts {
  let alerts = store.get(repo)
  if (!alerts) store.set(repo, (alerts = { dependabot: [], codeScanning: [] }))
  return alerts
}

/** Adds a Dependabot alert; numbers are per repository and kind, as on GitHub. */
export function addDependabotAlert(repo: RepoState, alert: NewDependabotAlert): number {
  const list = alertsOf(repo).dependabot
  list.push({ ...alert, number: list.length + 1 })
  return list.length
}

/** Adds a code scanning alert. */
export function addCodeScanningAlert(repo: RepoState, alert: NewCodeScanningAlert): number {
  const list = alertsOf(repo).codeScanning
  list.push({ ...alert, number: list.length + 1 })
  return list.length
}

const base = (u: Urls, repo: RepoState) => `${u.api}/repos/${repo.fullName}`

function dependabotShape(u: Urls, repo: RepoState, a: Alerts['dependabot'][number]): Json {
  const pkg = { ecosystem: 'npm', name: a.package ?? 'left-pad' }
  const vulnerability = {
    package: pkg,
    severity: a.severity,
    vulnerable_version_range: '< 1.0.1',
    first_patched_version: { identifier: '1.0.1' },
  }
  const ghsa = `GHSA-${String(a.number).padStart(4, '0')}-test-0000`
  return {
    number: a.number,
    state: a.state ?? 'open',
    dependency: {
      package: pkg,
      manifest_path: 'package-lock.json',
      scope: 'runtime',
      relationship: 'direct',
    },
    security_advisory: {
      ghsa_id: ghsa,
      cve_id: null,
      summary: a.summary,
      description: a.summary,
      vulnerabilities: [vulnerability],
      severity: a.severity,
      cvss: { score: a.severity === 'critical' ? 9.8 : 5.0, vector_string: null },
      cwes: [],
      identifiers: [{ type: 'GHSA', value: ghsa }],
      references: [{ url: `https://github.com/advisories/${ghsa}` }],
      published_at: a.createdAt,
      updated_at: a.createdAt,
      withdrawn_at: null,
    },
    security_vulnerability: vulnerability,
    url: `${base(u, repo)}/dependabot/alerts/${a.number}`,
    html_url: `${u.html}/${repo.fullName}/security/dependabot/${a.number}`,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    dismissed_at: null,
    dismissed_by: null,
    dismissed_reason: null,
    dismissed_comment: null,
    fixed_at: null,
  }
}

function codeScanningShape(u: Urls, repo: RepoState, a: Alerts['codeScanning'][number]): Json {
  return {
    number: a.number,
    created_at: a.createdAt,
    url: `${base(u, repo)}/code-scanning/alerts/${a.number}`,
    html_url: `${u.html}/${repo.fullName}/security/code-scanning/${a.number}`,
    instances_url: `${base(u, repo)}/code-scanning/alerts/${a.number}/instances`,
    state: a.state ?? 'open',
    dismissed_by: a.state === 'dismissed' ? simpleUser(u, repo.viewer) : null,
    dismissed_at: null,
    dismissed_reason: null,
    rule: {
      id: `js/rule-${a.number}`,
      name: `rule-${a.number}`,
      severity: 'error',
      security_severity_level: a.securitySeverity ?? null,
      description: a.description,
    },
    tool: { name: 'CodeQL', version: '2.20.0', guid: null },
    most_recent_instance: {
      ref: 'refs/heads/main',
      analysis_key: '.github/workflows/codeql.yml:analyze',
      state: a.state ?? 'open',
      commit_sha: '0'.repeat(40),
      message: { text: a.description },
      location: { path: 'src/app.ts', start_line: 1, end_line: 1, start_column: 1, end_column: 2 },
    },
  }
}

/** `created` sort, newest first unless `direction=asc`, as both endpoints default to. */
function newestFirst<T extends { createdAt: string; number: number }>(items: T[], ctx: RouteContext): T[] {
  const asc = ctx.query.get('direction') === 'asc'
  return [...items].sort(
    (a, b) => (Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number) * (asc ? 1 : -1),
  )
}

function listDependabot(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const states = ctx.query.get('state')?.split(',')
  const severities = ctx.query.get('severity')?.split(',')
  const alerts = alertsOf(repo).dependabot.filter(
    (a) =>
      (!states || states.includes(a.state ?? 'open')) && (!severities || severities.includes(a.severity)),
  )
  return listOf(ctx, newestFirst(alerts, ctx), (a) => dependabotShape(ctx.urls, repo, a))
}

function listCodeScanning(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const state = ctx.query.get('state')
  const alerts = alertsOf(repo).codeScanning.filter((a) => !state || (a.state ?? 'open') === state)
  return listOf(ctx, newestFirst(alerts, ctx), (a) => codeScanningShape(ctx.urls, repo, a))
}

/** Routes of this file. */
export const alertRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/dependabot/alerts': listDependabot,
  'GET /repos/{owner}/{repo}/code-scanning/alerts': listCodeScanning,
}

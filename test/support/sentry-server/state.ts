/**
 * What the fake Sentry remembers: one organization with its projects, releases and their
 * deploys, issues a test adds, and time series a test sets per yAxis (and optionally per query).
 */

/** A release as stored. */
export interface ReleaseRecord {
  id: number
  version: string
  projects: string[]
  ref: string | null
  url: string | null
  dateCreated: string
  dateReleased: string | null
  refs: { repository: string; commit: string; previousCommit?: string | null }[]
  deploys: DeployRecord[]
}

/** A deploy marker as stored. */
export interface DeployRecord {
  id: string
  environment: string
  name: string | null
  url: string | null
  dateStarted: string | null
  dateFinished: string
  projects: string[]
}

/** An issue a test adds; omitted fields get plausible defaults. */
export interface NewSentryIssue {
  title: string
  level?: 'debug' | 'info' | 'warning' | 'error' | 'fatal'
  status?: 'resolved' | 'ignored' | 'unresolved'
  priority?: 'low' | 'medium' | 'high'
  firstSeen: string
  lastSeen?: string
  /** The release the issue was first seen in (`firstRelease:` in searches). */
  firstRelease?: string
  environment?: string
  project?: string
  count?: number
  userCount?: number
  isUnhandled?: boolean
  culprit?: string
}

/** An issue as stored. */
export interface IssueRecord extends Required<
  Omit<NewSentryIssue, 'firstRelease' | 'environment' | 'culprit'>
> {
  id: string
  shortId: string
  firstRelease?: string
  environment?: string
  culprit: string | null
}

/** One bucket value a test sets; `at` picks the bucket it falls in. */
export interface SeriesPoint {
  at: string | number
  value: number
  sampleCount?: number
}

/** Values of one yAxis, for every query or only queries containing `query` (or matching it). */
export interface SeriesRule {
  yAxis: string
  dataset?: string
  query?: string | RegExp
  points: SeriesPoint[]
  /** Answer no series at all for this yAxis (Sentry's shape when a dataset holds nothing). */
  absent?: boolean
}

/** The fake's whole state. */
export class SentryState {
  readonly releases = new Map<string, ReleaseRecord>()
  readonly issues: IssueRecord[] = []
  readonly series: SeriesRule[] = []
  private nextId = 1

  constructor(
    readonly org: string,
    readonly projects: string[],
  ) {}

  /** Next numeric id, shared by releases, deploys and issues (Sentry's ids are unique per kind; ours globally). */
  id(): number {
    return this.nextId++
  }

  /** Adds an issue; returns its record so a test can refer to its id. */
  addIssue(issue: NewSentryIssue): IssueRecord {
    const id = this.id()
    const project = issue.project ?? this.projects[0] ?? 'app'
    const record: IssueRecord = {
      level: 'error',
      status: 'unresolved',
      priority: 'high',
      lastSeen: issue.firstSeen,
      project,
      count: 1,
      userCount: 1,
      isUnhandled: true,
      ...issue,
      culprit: issue.culprit ?? null,
      id: String(id),
      shortId: `${project.toUpperCase()}-${id.toString(36).toUpperCase()}`,
    }
    this.issues.push(record)
    return record
  }

  /** Sets (replacing an earlier rule for the same yAxis, dataset and query) the values of a series. */
  setSeries(rule: SeriesRule): void {
    const same = (r: SeriesRule) =>
      r.yAxis === rule.yAxis && r.dataset === rule.dataset && String(r.query) === String(rule.query)
    const index = this.series.findIndex(same)
    if (index >= 0) this.series.splice(index, 1)
    // Most specific first: a rule with a query beats one without.
    this.series.push(rule)
    this.series.sort((a, b) => Number(b.query !== undefined) - Number(a.query !== undefined))
  }

  /** The rule answering a yAxis for a dataset and query, if a test set one. */
  seriesFor(yAxis: string, dataset: string, query: string): SeriesRule | undefined {
    return this.series.find(
      (r) =>
        r.yAxis === yAxis &&
        (r.dataset === undefined || r.dataset === dataset) &&
        (r.query === undefined ||
          (typeof r.query === 'string' ? query.includes(r.query) : r.query.test(query))),
    )
  }
}

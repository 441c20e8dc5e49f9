/**
 * Stored records turned into the JSON Sentry answers, with every field its OpenAPI description
 * marks required (the server validates each answer, so a missing one fails the test).
 */
import type { DeployRecord, IssueRecord, ReleaseRecord } from './state.js'

/** Body of createOrganizationRelease's 201. */
export function releaseShape(release: ReleaseRecord) {
  return {
    id: release.id,
    version: release.version,
    shortVersion: release.version.length > 12 ? release.version.slice(0, 12) : release.version,
    status: 'open',
    ref: release.ref,
    url: release.url,
    dateCreated: release.dateCreated,
    dateReleased: release.dateReleased,
    dateStarted: null,
    owner: null,
    lastCommit: null,
    lastDeploy: release.deploys.length > 0 ? deployShape(release.deploys[release.deploys.length - 1]!) : null,
    firstEvent: null,
    lastEvent: null,
    currentProjectMeta: {},
    userAgent: null,
    adoptionStages: {},
    newGroups: 0,
    versionInfo: {
      package: null,
      version: { raw: release.version },
      description: release.version,
      buildHash: /^[0-9a-f]{40}$/.test(release.version) ? release.version : null,
    },
    data: {},
    commitCount: release.refs.length,
    deployCount: release.deploys.length,
    authors: [],
    projects: release.projects.map((slug, i) => ({
      id: i + 1,
      slug,
      name: slug,
      platform: 'node',
      platforms: ['node'],
      hasHealthData: false,
      newGroups: 0,
    })),
  }
}

/** Body of createOrganizationReleaseDeploy's 201. */
export function deployShape(deploy: DeployRecord) {
  return {
    id: deploy.id,
    environment: deploy.environment,
    name: deploy.name,
    url: deploy.url,
    dateStarted: deploy.dateStarted,
    dateFinished: deploy.dateFinished,
  }
}

/** One element of listOrganizationIssues' 200. */
export function issueShape(issue: IssueRecord, org: string, urlBase: string) {
  const count = String(issue.count)
  return {
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    culprit: issue.culprit,
    permalink: `${urlBase}/organizations/${org}/issues/${issue.id}/`,
    logger: null,
    level: issue.level,
    status: issue.status,
    statusDetails: {},
    substatus: issue.status === 'unresolved' ? 'new' : null,
    isPublic: false,
    platform: 'node',
    priority: issue.priority,
    priorityLockedAt: null,
    seerFixabilityScore: null,
    seerAutofixLastTriggered: null,
    seerExplorerAutofixLastTriggered: null,
    project: { id: '1', name: issue.project, slug: issue.project, platform: 'node' },
    type: 'error',
    issueType: 'error',
    issueCategory: 'error',
    metadata: { title: issue.title },
    numComments: 0,
    assignedTo: null,
    isBookmarked: false,
    isSubscribed: false,
    subscriptionDetails: null,
    hasSeen: false,
    annotations: [],
    isUnhandled: issue.isUnhandled,
    count,
    userCount: issue.userCount,
    firstSeen: issue.firstSeen,
    lastSeen: issue.lastSeen,
    shareId: null,
    derivedData: {
      blocker: '',
      progress: '',
      status: '',
      viewCount: 0,
      hasOpenFixPr: false,
      isAssigned: false,
      hasRootCause: false,
      lastCompletedAutofixStep: '',
      lastProgressedAt: null,
    },
    stats: {},
    lifetime: { count, userCount: issue.userCount, firstSeen: issue.firstSeen, lastSeen: issue.lastSeen },
    filtered: null,
    sessionCount: 0,
    inbox: {
      reason: 0,
      reason_details: null,
      date_added: issue.firstSeen,
    },
    integrationIssues: [],
    latestEventHasAttachments: false,
    matchingEventEnvironment: issue.environment ?? null,
    matchingEventId: null,
    owners: { type: 'suspectCommit', owner: 'user:1', date_added: issue.firstSeen },
    sentryAppIssues: [],
  }
}

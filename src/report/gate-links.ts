/**
 * Links from a finding to its lines at the pull request's head commit, so a reviewer clicks from
 * the comment to the code as it was judged (a branch link would drift as the PR moves on).
 */
import { safeUrl } from './escape.js'
import type { Finding } from './types.js'

/** Where the judged code lives. */
export interface HeadCommit {
  /** `owner/name`. */
  repository: string
  /** The full head sha the findings were computed at. */
  sha: string
  /** `https://github.com` unless GitHub Enterprise Server (GITHUB_SERVER_URL). */
  serverUrl?: string
}

/**
 * The blob URL of a finding's lines at the head commit (`#L12` or `#L12-L14`), or undefined for
 * a finding without a file or a path that climbs out of the repository.
 */
export function lineUrl(finding: Finding, head: HeadCommit): string | undefined {
  const file = finding.file?.replace(/\\/g, '/').replace(/^\.\//, '')
  if (!file || file.startsWith('/') || file.split('/').includes('..')) return undefined
  const server = (head.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const path = file.split('/').map(encodeURIComponent).join('/')
  const lines =
    finding.line === undefined
      ? ''
      : finding.endLine !== undefined && finding.endLine > finding.line
        ? `#L${finding.line}-L${finding.endLine}`
        : `#L${finding.line}`
  return safeUrl(`${server}/${head.repository}/blob/${head.sha}/${path}${lines}`)
}

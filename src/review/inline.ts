/**
 * Inline review comments for CRITICAL and HIGH findings, on the diff lines they point at. Each
 * comment carries its finding's fingerprint in a hidden marker, so a re-run on the same commit
 * finds it already posted and posts nothing, and a new commit adds only the findings that are new.
 * Pure: the caller lists the pull request's review comments and posts the plan.
 */
import type { ReviewComment } from '../ports/forge.js'
import { escapeInline } from '../report/escape.js'
import type { ReviewFinding, ReviewSeverity } from './findings.js'

/** Severities worth a comment on the line; the rest are in the summary comment only. */
export const INLINE_SEVERITIES: ReadonlySet<ReviewSeverity> = new Set(['CRITICAL', 'HIGH'])
/** At most this many new line comments per run: a flood helps nobody, the summary lists all. */
export const MAX_INLINE_COMMENTS = 30

const MARKER = /<!-- launchgate:review:finding:([0-9a-f]{32}) -->/g

/** The hidden line that identifies a finding's comment. */
export function findingMarker(fingerprint: string): string {
  return `<!-- launchgate:review:finding:${fingerprint} -->`
}

/** Fingerprints of the findings that already have a comment, read from the comments' markers. */
export function postedFingerprints(bodies: readonly string[]): Set<string> {
  const posted = new Set<string>()
  for (const body of bodies) for (const m of body.matchAll(MARKER)) posted.add(m[1] as string)
  return posted
}

const ICON: Record<ReviewSeverity, string> = { CRITICAL: '🔴', HIGH: '🟠', MEDIUM: '🟡', LOW: '⚪' }

/** The comment of one finding; text from the repository or a model is escaped. */
export function inlineCommentBody(finding: ReviewFinding, waiversPath: string): string {
  const p = finding.properties
  const lines = [
    `**${ICON[finding.severity]} ${finding.severity}** · \`${finding.rule}\` · ${p.agents.join(', ')}`,
    '',
    `**${escapeInline(finding.title)}**`,
    '',
    escapeInline(finding.message),
  ]
  if (p.suggestedFix) lines.push('', `**Suggested fix:** ${escapeInline(p.suggestedFix)}`)
  const waivable =
    finding.severity === 'CRITICAL' ? 'a CRITICAL cannot be waived' : `waive it in \`${waiversPath}\``
  lines.push(
    '',
    `<sub>launchgate review · ${escapeInline(p.source)} · confidence ${p.confidence.toFixed(2)} · fingerprint \`${finding.fingerprint}\` (${waivable})</sub>`,
    findingMarker(finding.fingerprint),
  )
  return lines.join('\n')
}

/** What to post, and what was left out. */
export interface InlinePlan {
  comments: ReviewComment[]
  /** CRITICAL and HIGH findings that already have their comment. */
  alreadyPosted: number
  /** New ones beyond {@link MAX_INLINE_COMMENTS}. */
  overLimit: number
}

/**
 * The comments to post for `findings` (ranked, most severe first) given the fingerprints already
 * posted. `pathPrefix` is the reviewed root inside the repository, for paths GitHub resolves.
 */
export function planInlineComments(
  findings: readonly ReviewFinding[],
  posted: ReadonlySet<string>,
  options: { pathPrefix?: string; waiversPath: string; max?: number },
): InlinePlan {
  const max = options.max ?? MAX_INLINE_COMMENTS
  const wanted = findings.filter((f) => INLINE_SEVERITIES.has(f.severity))
  const fresh = wanted.filter((f) => !posted.has(f.fingerprint))
  const prefix = options.pathPrefix ? `${options.pathPrefix.replace(/\/+$/, '')}/` : ''
  return {
    comments: fresh.slice(0, max).map((f) => ({
      path: `${prefix}${f.file}`,
      line: f.line,
      body: inlineCommentBody(f, options.waiversPath),
    })),
    alreadyPosted: wanted.length - fresh.length,
    overLimit: Math.max(0, fresh.length - max),
  }
}

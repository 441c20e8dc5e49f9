/**
 * The single PR gate comment: one sticky comment in which every capability's job updates its own
 * section. The verdict and the reasons of every failing capability come first, then each
 * capability's details folded. The comment is its own store: hidden markers delimit each
 * capability's reasons and details, so a job reads the comment, replaces its part and writes it
 * back without knowing the other capabilities' reports. Pure: strings in, string out.
 */
import { COMMENT_MAX_CHARS } from './budget.js'
import { markerComment } from './markdown.js'
import { STATUS_ICON, type GateSection, type GateStatus } from './gate-section.js'

/** The hidden marker that finds the gate comment among a PR's comments. */
export const GATE_MARKER = 'launchgate:pr-gate'

/** How a section cut to fit the comment begins: its writer still counts it as written. */
export const TOO_LONG = '_Too long for this comment'

/** The order sections are shown in; capabilities not listed follow in the order they arrived. */
const ORDER = ['consolidation', 'prefilter', 'review', 'workflow-audit']
const STATUSES: readonly GateStatus[] = ['passed', 'failed', 'inconclusive', 'pending']

/** Options of {@link renderGateComment}. */
export interface GateCommentOptions {
  /** Character limit; GitHub's comment limit by default. */
  maxChars?: number
  /** Where a section too long for the comment can be read in full (e.g. the run's summary URL). */
  fullReportUrl?: string
}

const open = (kind: string, s: GateSection) =>
  `<!-- launchgate:${kind} ${s.capability} status=${s.status} -->`
const close = (kind: string, s: GateSection) => `<!-- /launchgate:${kind} ${s.capability} -->`
/** A marker-like line inside a capability's text must not end its part early when the comment is read back. */
const neutral = (text: string) => text.replace(/<!--/g, '<!\u200b--')

function ordered(sections: readonly GateSection[]): GateSection[] {
  const rank = (s: GateSection) => (ORDER.includes(s.capability) ? ORDER.indexOf(s.capability) : ORDER.length)
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s)
}

function headline(sections: readonly GateSection[]): string {
  const named = (status: GateStatus) =>
    sections
      .filter((s) => s.status === status)
      .map((s) => s.capability)
      .join(', ')
  if (sections.some((s) => s.status === 'failed')) return `## ❌ launchgate PR gate fails: ${named('failed')}`
  if (sections.some((s) => s.status === 'pending'))
    return `## ⏳ launchgate PR gate: waiting for ${named('pending')}`
  if (sections.some((s) => s.status === 'inconclusive'))
    return `## ⚠️ launchgate PR gate is inconclusive: ${named('inconclusive')}`
  return sections.length === 0 ? '## ⏳ launchgate PR gate: no result yet' : '## ✅ launchgate PR gate passes'
}

function detailsBlock(s: GateSection, details: string): string {
  return [
    open('details', s),
    `<details><summary>${STATUS_ICON[s.status]} <strong>${s.capability}</strong></summary>`,
    '',
    neutral(details),
    '',
    '</details>',
    close('details', s),
  ].join('\n')
}

function assemble(sections: readonly GateSection[], details: ReadonlyMap<string, string>): string {
  const reasons = sections
    .filter((s) => s.reasons !== '')
    .map((s) => [open('reasons', s), neutral(s.reasons), close('reasons', s)].join('\n'))
  const line = sections.map((s) => `${STATUS_ICON[s.status]} ${s.capability}`).join(' · ')
  return [
    markerComment(GATE_MARKER),
    headline(sections),
    '',
    ...(reasons.length ? [reasons.join('\n'), ''] : []),
    ...(line ? [line, ''] : []),
    ...sections.map((s) => `${detailsBlock(s, details.get(s.capability) ?? s.details)}\n`),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n')
}

/**
 * Renders the whole comment. When it would exceed the limit, the longest sections' details are
 * replaced by a pointer to the full report until it fits; the reasons are never cut.
 */
export function renderGateComment(
  sections: readonly GateSection[],
  options: GateCommentOptions = {},
): string {
  const max = options.maxChars ?? COMMENT_MAX_CHARS
  const list = ordered(sections)
  const details = new Map(list.map((s) => [s.capability, s.details]))
  let text = assemble(list, details)
  const where = options.fullReportUrl ? ` ([full report](${options.fullReportUrl}))` : ' (in the job summary)'
  for (const s of [...list].sort((a, b) => b.details.length - a.details.length)) {
    if (text.length <= max) break
    details.set(s.capability, `${TOO_LONG}; the full report is in the job's summary${where}._`)
    text = assemble(list, details)
  }
  return text
}

/** Reads the sections back from a gate comment's body; unknown text is ignored. */
export function parseGateComment(body: string): GateSection[] {
  const found = new Map<string, GateSection>()
  const part =
    /<!-- launchgate:(reasons|details) ([a-z0-9-]+) status=([a-z]+) -->\n([\s\S]*?)\n<!-- \/launchgate:\1 \2 -->/g
  for (const [, kind, capability, rawStatus, content] of body.matchAll(part)) {
    const status = (STATUSES as readonly string[]).includes(rawStatus!)
      ? (rawStatus as GateStatus)
      : 'pending'
    const section = found.get(capability!) ?? { capability: capability!, status, reasons: '', details: '' }
    if (kind === 'reasons') section.reasons = content!
    else section.details = unwrapDetails(content!)
    section.status = status
    found.set(capability!, section)
  }
  return [...found.values()]
}

/** The details as written by {@link detailsBlock}, without the folding around them. */
function unwrapDetails(block: string): string {
  const lines = block.split('\n')
  // Drop the <details><summary> line and the blank after it, and the blank and </details> at the end.
  return lines.slice(2, -2).join('\n')
}

/**
 * The comment after one capability's job reported: its section replaced (or added), the others as
 * they were. `body` is the current comment's body, or undefined when there is none yet.
 * @example upsertGateComment(existing?.body, gateSection(report, { head }), { fullReportUrl })
 */
export function upsertGateComment(
  body: string | undefined,
  section: GateSection,
  options: GateCommentOptions = {},
): string {
  const sections = body ? parseGateComment(body) : []
  const at = sections.findIndex((s) => s.capability === section.capability)
  if (at === -1) sections.push(section)
  else sections[at] = section
  return renderGateComment(sections, options)
}

/**
 * A capability's job summary in the gate comment's shape: its verdict and reasons first, then its
 * details (unfolded: a summary has room, and it is where a shortened comment points).
 */
export function renderGateSummary(section: GateSection, title: string): string {
  const verdict = {
    passed: 'passes',
    failed: 'fails',
    inconclusive: 'is inconclusive',
    pending: 'is running',
  }
  return [
    `## ${STATUS_ICON[section.status]} launchgate ${section.capability} ${verdict[section.status]}: ${title}`,
    '',
    ...(section.reasons ? [section.reasons, ''] : []),
    section.details,
    '',
  ].join('\n')
}

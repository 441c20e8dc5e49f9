/**
 * Waivers: HIGH (or lower) findings a team has documented instead of fixing, kept in a file in the
 * repository (`review.waivers`, `.github/launchgate-waivers.yml` by default):
 *
 *   waivers:
 *     - fingerprint: 3f2a...   # from the finding
 *       reason: pinned by the vendor until their v3 ships
 *       expires: 2025-06-30    # inclusive; after it the finding counts again
 *
 * A CRITICAL is never waived: the plan's gate is "no CRITICAL remaining".
 */
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { issueOffset, positionOf } from '../config/errors.js'
import { ConfigurationError } from '../errors.js'
import type { ReviewFinding } from './findings.js'

export const waiverSchema = z.strictObject({
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, 'the 32-digit fingerprint of a finding'),
  reason: z.string().trim().min(1, 'say why the finding is accepted'),
  expires: z.iso.date('a date as YYYY-MM-DD'),
})

export const waiverFileSchema = z.strictObject({ waivers: z.array(waiverSchema).default([]) })

export type Waiver = z.output<typeof waiverSchema>

/** Parses a waivers file; a mistake is a ConfigurationError at its line and column. */
export function parseWaivers(text: string, file: string): Waiver[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const first = doc.errors[0]
  if (first) {
    throw new ConfigurationError(`YAML syntax error: ${first.message.split('\n')[0]}`, {
      position: positionOf(file, lineCounter, first.pos[0]),
    })
  }
  const result = waiverFileSchema.safeParse(doc.toJS() ?? {})
  if (result.success) return result.data.waivers
  const issue = result.error.issues[0] as z.core.$ZodIssue
  const key = issue.path.map(String).join('.')
  throw new ConfigurationError(`${key || 'waivers'}: ${issue.message}`, {
    position: positionOf(file, lineCounter, issueOffset(doc, issue)),
    key,
  })
}

/** A finding with the waiver that accepts it. */
export interface WaivedFinding {
  finding: ReviewFinding
  waiver: Waiver
}

/** What the waivers did to a run's findings. */
export interface WaiverOutcome {
  /** Findings that still count. */
  open: ReviewFinding[]
  waived: WaivedFinding[]
  /** Waivers that matched a finding but have expired, so the finding counts. */
  expired: Waiver[]
  /** Waivers that matched a CRITICAL, which cannot be waived. */
  refused: Waiver[]
}

/**
 * Applies waivers as of `today` (`YYYY-MM-DD`, passed in so the decision stays pure). A waiver is
 * valid through its expiry date.
 */
export function applyWaivers(
  findings: readonly ReviewFinding[],
  waivers: readonly Waiver[],
  today: string,
): WaiverOutcome {
  const byPrint = new Map(waivers.map((w) => [w.fingerprint, w]))
  const outcome: WaiverOutcome = { open: [], waived: [], expired: [], refused: [] }
  for (const finding of findings) {
    const waiver = byPrint.get(finding.fingerprint)
    if (!waiver) outcome.open.push(finding)
    else if (finding.severity === 'CRITICAL') {
      outcome.refused.push(waiver)
      outcome.open.push(finding)
    } else if (waiver.expires < today) {
      outcome.expired.push(waiver)
      outcome.open.push(finding)
    } else outcome.waived.push({ finding, waiver })
  }
  return outcome
}

/**
 * The one findings schema every review agent produces (issue 5, item 1). A review finding is a
 * report {@link Finding} whose review-specific fields (agent, confidence, evidence, suggested fix)
 * travel in `properties`, so every renderer (JSON, SARIF, markdown, annotations) shows them without
 * knowing about review. The zod schema checks what analyzers (and later the LLM pass) hand in.
 */
import { z } from 'zod'
import { REVIEW_AGENTS } from '../config/sections/review.js'
import type { Finding } from '../report/types.js'

/** One of the plan's seven reviewers. */
export type ReviewAgent = (typeof REVIEW_AGENTS)[number]

/** The severities a review finding may have; INFO is not a review outcome. */
export const REVIEW_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const
export type ReviewSeverity = (typeof REVIEW_SEVERITIES)[number]

const agentSchema = z.enum(REVIEW_AGENTS)

/** Review-specific fields, carried in {@link Finding.properties}. */
export const reviewPropertiesSchema = z.object({
  /** The agent whose area this finding is reported in (the first selected agent of the rule). */
  agent: agentSchema,
  /** Every selected agent that reports this rule; de-duplication merges them here. */
  agents: z.array(agentSchema).min(1),
  /** 0..1: how sure the analyzer is; deterministic analyzers say 0.9 or more. */
  confidence: z.number().min(0).max(1),
  /** The offending source, trimmed (secrets masked). Data, never instructions. */
  evidence: z.string().max(400),
  suggestedFix: z.string().optional(),
  /** The tool behind the finding: `eslint`, `secretlint`, `pg-parser`, `actionlint`, `launchgate`. */
  source: z.string().min(1),
})

/** A finding ready to be scored, gated and rendered. */
export const reviewFindingSchema = z
  .object({
    rule: z.string().min(1),
    severity: z.enum(REVIEW_SEVERITIES),
    title: z.string().min(1),
    message: z.string().min(1),
    file: z.string().min(1),
    line: z.number().int().positive(),
    endLine: z.number().int().positive(),
    column: z.number().int().positive().optional(),
    fingerprint: z.string().regex(/^[0-9a-f]{32}$/, 'a 32-digit hex fingerprint'),
    properties: reviewPropertiesSchema,
  })
  .refine((f) => f.endLine >= f.line, { message: 'endLine must not be before line', path: ['endLine'] })

export type ReviewFinding = z.output<typeof reviewFindingSchema> & Finding
export type ReviewProperties = z.output<typeof reviewPropertiesSchema>

/**
 * What an analyzer reports before it is fingerprinted: a rule hit at a place. `agents` lists the
 * areas the rule belongs to, owner first; the owner is part of the fingerprint, so the same hit
 * reported by two agents' jobs gets one fingerprint and is merged.
 */
export interface FindingCandidate {
  rule: string
  agents: readonly ReviewAgent[]
  severity: ReviewSeverity
  title: string
  message: string
  file: string
  line: number
  endLine?: number
  column?: number
  confidence: number
  source: string
  suggestedFix?: string
  /**
   * The text the fingerprint and evidence are taken from when the line itself must not be shown
   * (a secret, masked). Defaults to the content of `line` at head.
   */
  anchorText?: string
}

/** Validates a finding; a failure is a bug in an analyzer, so it throws with the rule named. */
export function validateFinding(finding: unknown): ReviewFinding {
  const parsed = reviewFindingSchema.safeParse(finding)
  if (!parsed.success) {
    const rule = (finding as { rule?: unknown } | null)?.rule
    throw new TypeError(`invalid review finding from rule ${String(rule)}: ${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

/**
 * Workflow annotations within the runner's limits: a step shows at most 10 error, 10 warning and 10
 * notice annotations, and a job at most 50. Beyond that GitHub drops them silently, so the plan picks
 * the most severe findings itself and says how many it left out.
 */
import { compareFindings, sortFindings } from './severity.js'
import type { Finding, Severity } from './types.js'

/** An annotation level, as `@actions/core` names its functions. */
export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** Same shape as `@actions/core`'s `AnnotationProperties`; undefined fields are left out. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

/** One annotation to send: `@actions/core`'s function name, the message and its position. */
export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: AnnotationProperties
}

/** Per-level and total caps. */
export interface AnnotationLimits {
  error: number
  warning: number
  notice: number
  total: number
}

/** The annotations to send, most severe first, and what did not fit. */
export interface AnnotationPlan {
  annotations: Annotation[]
  /** Findings not annotated, per level. */
  omitted: Record<AnnotationLevel, number>
}

/** What a runner step displays (10 per level) and a job keeps (50). */
export const DEFAULT_ANNOTATION_LIMITS: AnnotationLimits = { error: 10, warning: 10, notice: 10, total: 50 }

/** Where `@actions/core` (or a test's recorder) receives annotations. */
export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void
  warning(message: string, properties: AnnotationProperties): void
  notice(message: string, properties: AnnotationProperties): void
}

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice']

/** CRITICAL and HIGH are errors, MEDIUM a warning, LOW and INFO notices (the SARIF mapping too). */
export function annotationLevel(severity: Severity): AnnotationLevel {
  if (severity === 'CRITICAL' || severity === 'HIGH') return 'error'
  return severity === 'MEDIUM' ? 'warning' : 'notice'
}

function positive(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1
}

function properties(f: Finding): AnnotationProperties {
  const out: AnnotationProperties = { title: f.title ? `${f.rule}: ${f.title}` : f.rule }
  if (!f.file) return out
  out.file = f.file
  if (!positive(f.line)) return out
  out.startLine = f.line
  const endLine = positive(f.endLine) && f.endLine >= f.line ? f.endLine : f.line
  out.endLine = endLine
  // GitHub rejects columns on an annotation spanning several lines, so they are only sent for one line.
  if (endLine === f.line && positive(f.column)) {
    out.startColumn = f.column
    if (positive(f.endColumn) && f.endColumn >= f.column) out.endColumn = f.endColumn
  }
  return out
}

function choose(sorted: readonly Finding[], limits: AnnotationLimits): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  for (const f of sorted) {
    const level = annotationLevel(f.severity)
    if (used[level] >= limits[level] || annotations.length >= limits.total) {
      omitted[level]++
      continue
    }
    used[level]++
    annotations.push({ level, message: f.message, properties: properties(f) })
  }
  return { annotations, omitted }
}

function anyOmitted(plan: AnnotationPlan): boolean {
  return LEVELS.some((level) => plan.omitted[level] > 0)
}

/**
 * Chooses the annotations to emit: most severe first (then file, line, rule: deterministic), within the
 * limits. When something must be left out, one notice slot (and one of the total) is kept free for the
 * "N findings omitted" notice {@link emitAnnotations} adds, so that notice is itself never dropped.
 */
export function planAnnotations(
  findings: readonly Finding[],
  limits: Partial<AnnotationLimits> = {},
): AnnotationPlan {
  const caps = { ...DEFAULT_ANNOTATION_LIMITS, ...limits }
  const sorted = sortFindings(findings, compareFindings)
  const plan = choose(sorted, caps)
  if (!anyOmitted(plan)) return plan
  return choose(sorted, {
    ...caps,
    notice: Math.max(0, caps.notice - 1),
    total: Math.max(0, caps.total - 1),
  })
}

/** `3 errors, 1 warning` for the omission notice. */
function describeOmitted(omitted: Record<AnnotationLevel, number>): string {
  return LEVELS.filter((level) => omitted[level] > 0)
    .map((level) => `${omitted[level]} ${level}${omitted[level] === 1 ? '' : 's'}`)
    .join(', ')
}

/**
 * Sends a plan to a sink (`@actions/core` in the action, a recorder in tests), then, when findings were
 * left out, one notice saying how many and where the full list is (`where`, by default the job summary
 * and the SARIF/JSON output).
 */
export function emitAnnotations(
  plan: AnnotationPlan,
  sink: AnnotationSink,
  where = 'the job summary and the JSON or SARIF report',
): void {
  for (const a of plan.annotations) sink[a.level](a.message, a.properties)
  const total = LEVELS.reduce((sum, level) => sum + plan.omitted[level], 0)
  if (total === 0) return
  const noun = total === 1 ? 'finding was' : 'findings were'
  sink.notice(
    `${total} more ${noun} not annotated (${describeOmitted(plan.omitted)}): a step shows only so many annotations per level. See ${where} for all findings.`,
    { title: 'launchgate: annotations omitted' },
  )
}

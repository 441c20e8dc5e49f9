/**
 * Where an expression's value comes from, for the template-injection and GITHUB_ENV rules: each
 * context that flows into the result is judged by what an attacker controls in it, following
 * `env:` (step, job, workflow) back to the expression that filled it, `inputs.*` to their declared
 * type, and `matrix.*` to the values the matrix lists. Pure.
 */
import { isMap, isNode, isSeq } from 'yaml'
import type { Severity } from '../report/types.js'
import { capabilityOf, isStatusContext } from './contexts.js'
import { envValue, get, getIgnoringCase, str, type AuditedDocument, type Step } from './document.js'
import { contextPath, dataflow, fencedExpressions, parseExpression, type Expr } from './expressions.js'
import type { Confidence, Persona } from './finding.js'

/** A judged context: how bad it is to expand it into code, and why. */
export interface Taint {
  severity: Severity
  confidence: Confidence
  persona: Persona
  why: string
}

const RANK: Record<Severity, number> = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 }

/** The worse of two taints (higher severity, then higher confidence). */
export function worse(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (!a || !b) return a ?? b
  return RANK[b.severity] > RANK[a.severity] ? b : a
}

const high = (why: string): Taint => ({ severity: 'HIGH', confidence: 'high', persona: 'regular', why })

/** Judges one context reference in a step's scope; undefined when it cannot carry an attack. */
export function judgeContext(
  doc: AuditedDocument,
  step: Step | undefined,
  origin: Extract<Expr, { kind: 'context' | 'member' }>,
  depth = 0,
  /** The context as written, for messages (paths are lowercased for matching). */
  written?: string,
): Taint | undefined {
  if (origin.kind === 'member')
    return { severity: 'INFO', confidence: 'low', persona: 'regular', why: 'a computed value' }
  const path = contextPath(origin)
  const shown = written ?? path
  const [root, name] = origin.parts
  const capability = capabilityOf(path)
  if (capability === 'fixed') return undefined
  if (capability === 'structured')
    return {
      severity: 'MEDIUM',
      confidence: 'high',
      persona: 'regular',
      why: `${shown} is partly attacker-controlled`,
    }
  if (capability === 'arbitrary') return high(`${shown} may be attacker-controlled`)
  if (root === 'secrets' || root === 'strategy' || isStatusContext(path)) return undefined
  // Input, env and matrix names are looked up as written (YAML keys keep their case).
  const key = /^[^.]+\.([\w-]+)$/.exec(shown)?.[1] ?? name
  if (root === 'inputs' && key) return judgeInput(doc, key)
  if (root === 'env' && key) return judgeEnv(doc, step, key, depth)
  if (root === 'matrix' && key) return judgeMatrix(step, key)
  return {
    severity: 'INFO',
    confidence: 'low',
    persona: 'regular',
    why: `${shown} is rarely attacker-controlled`,
  }
}

/** Judges every context flowing out of one expression body. */
export function judgeExpression(
  doc: AuditedDocument,
  step: Step | undefined,
  body: string,
  depth = 0,
): Array<{ origin: Extract<Expr, { kind: 'context' | 'member' }>; taint: Taint | undefined }> {
  const expr = parseExpression(body)
  if (!expr) return []
  return dataflow(expr).map((origin) => ({
    origin,
    taint: judgeContext(doc, step, origin, depth, body.slice(origin.start, origin.end).replace(/\s+/g, '')),
  }))
}

/** The worst taint of any expression in a string (an env value, a `with:` input). */
export function judgeString(
  doc: AuditedDocument,
  step: Step | undefined,
  text: string,
  depth = 0,
): Taint | undefined {
  let result: Taint | undefined
  for (const fenced of fencedExpressions(text))
    for (const { taint } of judgeExpression(doc, step, fenced.body, depth)) result = worse(result, taint)
  return result
}

function judgeInput(doc: AuditedDocument, name: string): Taint {
  const type = inputType(doc, name)
  if (type === undefined)
    return {
      severity: 'LOW',
      confidence: 'low',
      persona: 'regular',
      why: `inputs.${name} is not declared here`,
    }
  if (type === 'string') return high(`inputs.${name} is a free-form string`)
  return { severity: 'LOW', confidence: 'high', persona: 'pedantic', why: `inputs.${name} is a ${type}` }
}

/** The declared type of an input (`string` for action inputs, which are always strings). */
function inputType(doc: AuditedDocument, name: string): string | undefined {
  if (doc.kind === 'action')
    return isMap(getIgnoringCase(get(doc.root, 'inputs'), name)) ? 'string' : undefined
  const on = get(doc.root, 'on')
  let found: string | undefined
  for (const event of ['workflow_call', 'workflow_dispatch']) {
    const input = getIgnoringCase(get(get(on, event), 'inputs'), name)
    if (!isMap(input)) continue
    const type = str(input.get('type', true)) ?? 'string'
    // One trigger declaring it a string makes it a string.
    if (found === undefined || type === 'string') found = type
  }
  return found
}

function judgeEnv(
  doc: AuditedDocument,
  step: Step | undefined,
  name: string,
  depth: number,
): Taint | undefined {
  const value = envValue(doc, step, name)
  const text = str(value)
  if (value === undefined)
    return {
      severity: 'LOW',
      confidence: 'high',
      persona: 'regular',
      why: `env.${name} is set outside this file`,
    }
  if (text === undefined || !text.includes('${{'))
    return { severity: 'LOW', confidence: 'high', persona: 'pedantic', why: `env.${name} is a fixed value` }
  const inner = depth < 4 ? judgeString(doc, step, text, depth + 1) : undefined
  if (inner && RANK[inner.severity] >= RANK.MEDIUM)
    return { ...inner, why: `env.${name} is filled from ${inner.why}` }
  return {
    severity: 'LOW',
    confidence: 'high',
    persona: 'regular',
    why: `env.${name} is computed by an expression`,
  }
}

function judgeMatrix(step: Step | undefined, name: string): Taint | undefined {
  const matrix = get(get(step?.job?.node, 'strategy'), 'matrix')
  if (matrix === undefined) return undefined
  const medium: Taint = {
    severity: 'MEDIUM',
    confidence: 'medium',
    persona: 'regular',
    why: `matrix.${name} is not a fixed list`,
  }
  if (!isMap(matrix)) return medium
  const values: unknown[] = [getIgnoringCase(matrix, name)]
  for (const list of ['include', 'exclude']) {
    const entries = matrix.get(list, true)
    if (entries === undefined) continue
    if (!isSeq(entries)) return medium
    for (const e of entries.items) if (isMap(e)) values.push(getIgnoringCase(e, name))
  }
  const literal = (v: unknown): boolean =>
    v === undefined || (isNode(v) && !JSON.stringify(v.toJSON()).includes('${{'))
  return values.every(literal) ? undefined : medium
}

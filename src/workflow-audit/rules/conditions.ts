/**
 * Expressions that do not mean what they say: unsound-condition (a fenced `if:` with text outside
 * the fence, always true), unsound-contains (`contains('a b', x)` matches substrings), bot-conditions
 * (`github.actor == 'dependabot[bot]'`, spoofable by the last pusher), unsound-ternary
 * (`c && '' || x` never yields ''), obfuscation (no-op `fromJSON(toJSON(x))`, all-literal
 * `format()`, redundant `uses:` path segments).
 */
import type { Node } from 'yaml'
import { get, source, str, type AuditedDocument } from '../document.js'
import { contextPath, fencedExpressions, parseExpression, walk, type Expr } from '../expressions.js'
import { capabilityOf } from '../contexts.js'
import { zizmorRule } from '../finding.js'
import { expressionsIn } from './secrets.js'
import { obfuscatedUses } from './uses.js'

/** Every `if:` of the document (jobs and steps) with its parsed expressions and their offsets. */
function conditions(
  doc: AuditedDocument,
): Array<{ node: Node; value: string; exprs: Array<{ expr: Expr; offset: number }> }> {
  const nodes = [...doc.jobs.map((j) => get(j.node, 'if')), ...doc.steps.map((s) => get(s.node, 'if'))]
  const out = []
  for (const node of nodes) {
    const value = str(node)
    if (!node || value === undefined) continue
    const { text, offset } = source(doc, node)
    const fenced = fencedExpressions(text)
    const exprs: Array<{ expr: Expr; offset: number }> = []
    if (fenced.length === 0) {
      // Parse the source so offsets stay exact: quotes and a block header become blanks.
      const type = (node as { type?: string }).type ?? 'PLAIN'
      const bare = type.startsWith('QUOTE')
        ? ` ${text.slice(1, -1)} `
        : type.startsWith('BLOCK')
          ? text.replace(/^[^\n]*/, (header) => ' '.repeat(header.length))
          : text
      const expr = parseExpression(bare)
      if (expr) exprs.push({ expr, offset })
    } else {
      for (const f of fenced) {
        const expr = parseExpression(f.body)
        if (expr) exprs.push({ expr, offset: offset + f.bodyStart })
      }
    }
    out.push({ node, value, exprs })
  }
  return out
}

export const unsoundCondition = zizmorRule(
  'unsound-condition',
  'Condition that is always true',
  (doc, emit) => {
    for (const { node, value } of conditions(doc)) {
      const fenced = fencedExpressions(value)
      if (fenced.length === 0) continue
      const outside = fenced.reduceRight((rest, f) => rest.slice(0, f.start) + rest.slice(f.end), value)
      if (outside.length > 0)
        emit(node, {
          severity: 'HIGH',
          confidence: 'high',
          message: `this \`if:\` has text outside \`\${{ }}\`${/\n$/.test(value) ? " (the block scalar's trailing newline)" : ''}, so it is a non-empty string and always true: use a bare expression or \`|-\``,
        })
    }
  },
)

export const unsoundContains = zizmorRule(
  'unsound-contains',
  'contains() on a string matches substrings',
  (doc, emit) => {
    for (const { exprs } of conditions(doc))
      for (const { expr, offset } of exprs)
        for (const node of walk(expr)) {
          if (node.kind !== 'call' || node.name !== 'contains') continue
          const [haystack, needle] = node.args
          if (
            haystack?.kind !== 'literal' ||
            typeof haystack.value !== 'string' ||
            needle?.kind !== 'context'
          )
            continue
          const controlled = capabilityOf(contextPath(needle)) !== 'fixed'
          emit(offset + node.start, {
            severity: controlled ? 'HIGH' : 'INFO',
            confidence: 'high',
            message: `contains('${haystack.value}', ${contextPath(needle)}) is true for any substring (e.g. a branch named "mai"): use contains(fromJSON('[...]'), ${contextPath(needle)})`,
          })
        }
  },
)

const SPOOFABLE = new Set([
  'github.actor',
  'github.triggering_actor',
  'github.event.pull_request.sender.login',
])
const SPOOFABLE_ID = new Set(['github.actor_id', 'github.event.pull_request.sender.id'])
/** dependabot[bot] (app and user), dependabot-preview[bot], renovate[bot]: ids with no `[bot]` to see. */
const BOT_IDS = new Set(['29110', '49699333', '27856297', '29139614'])

function isBotCheck(node: Expr): boolean {
  if (node.kind !== 'binary' || node.op !== '==') return false
  const [ctx, lit] = node.left.kind === 'context' ? [node.left, node.right] : [node.right, node.left]
  if (ctx.kind !== 'context' || lit.kind !== 'literal') return false
  const path = contextPath(ctx)
  return (
    (SPOOFABLE.has(path) && /\[bot\]$/i.test(String(lit.value))) ||
    (SPOOFABLE_ID.has(path) && BOT_IDS.has(String(lit.value)))
  )
}

/**
 * The first bot check in a condition and whether it dominates it (reached through `||` only, so the
 * check alone decides): a dominating check is a sure bypass, one under `&&` a likely one.
 */
function findBotCheck(node: Expr, dominating: boolean): { node: Expr; dominating: boolean } | undefined {
  if (isBotCheck(node)) return { node, dominating }
  if (node.kind === 'binary') {
    const keeps = dominating && node.op === '||'
    return findBotCheck(node.left, keeps) ?? findBotCheck(node.right, keeps)
  }
  const children =
    node.kind === 'call'
      ? node.args
      : node.kind === 'not'
        ? [node.operand]
        : node.kind === 'member'
          ? [node.object]
          : []
  for (const child of children) {
    const found = findBotCheck(child, false)
    if (found) return found
  }
  return undefined
}

export const botConditions = zizmorRule('bot-conditions', 'Spoofable bot actor check', (doc, emit) => {
  for (const { exprs } of conditions(doc))
    for (const { expr, offset } of exprs) {
      const found = findBotCheck(expr, true)
      if (found)
        emit(offset + found.node.start, {
          severity: 'HIGH',
          confidence: found.dominating ? 'high' : 'medium',
          message: `${doc.text.slice(offset + found.node.start, offset + found.node.end)} trusts the last actor, which anyone can make the bot be: check github.event.pull_request.user.login instead`,
        })
    }
})

const falsy = (e: Expr) =>
  e.kind === 'literal' && (e.value === '' || e.value === 0 || e.value === false || e.value === null)

export const unsoundTernary = zizmorRule(
  'unsound-ternary',
  'Pseudo-ternary with a falsy branch',
  (doc, emit) => {
    for (const { expr, offset } of expressionsIn(doc, doc.root))
      for (const node of walk(expr))
        if (
          node.kind === 'binary' &&
          node.op === '||' &&
          node.left.kind === 'binary' &&
          node.left.op === '&&' &&
          falsy(node.left.right)
        )
          emit(offset + node.start, {
            severity: 'LOW',
            confidence: 'high',
            message: '`c && <falsy> || x` always yields x: use case(c, <falsy>, x)',
          })
  },
)

const IMPURE = new Set(['hashfiles', 'success', 'failure', 'always', 'cancelled'])

/** A non-literal expression made only of literals and pure functions: a constant in disguise. */
function constant(e: Expr): boolean {
  if (e.kind === 'context' || e.kind === 'member') return false
  if (e.kind === 'call' && IMPURE.has(e.name)) return false
  return walk(e).every((n) => n.kind !== 'context' && !(n.kind === 'call' && IMPURE.has(n.name)))
}

/** The outermost constant sub-expressions (not plain literals). */
function reducible(e: Expr): Expr[] {
  if (e.kind === 'literal') return []
  if (constant(e)) return [e]
  const direct =
    e.kind === 'call'
      ? e.args
      : e.kind === 'not'
        ? [e.operand]
        : e.kind === 'binary'
          ? [e.left, e.right]
          : e.kind === 'member'
            ? [e.object]
            : []
  return direct.flatMap(reducible)
}

export const obfuscation = zizmorRule('obfuscation', 'Obfuscated expression or uses:', (doc, emit) => {
  obfuscatedUses(doc, emit)
  for (const step of doc.steps) {
    const withNode = get(step.node, 'with')
    if (withNode && str(withNode)?.includes('${{'))
      emit(withNode, {
        severity: 'INFO',
        confidence: 'high',
        message: '`with:` is one expression, which hides the inputs from review and analysis',
      })
  }
  for (const { expr, offset } of expressionsIn(doc, doc.root)) {
    for (const node of reducible(expr))
      emit(offset + node.start, {
        severity: 'LOW',
        confidence: 'high',
        message: `${doc.text.slice(offset + node.start, offset + node.end)} is a constant in disguise: write its value`,
      })
    for (const node of walk(expr)) {
      const inner = node.kind === 'call' ? node.args[0] : undefined
      if (
        node.kind === 'call' &&
        node.name === 'fromjson' &&
        inner?.kind === 'call' &&
        inner.name === 'tojson' &&
        !constant(node)
      )
        emit(offset + node.start, {
          severity: 'LOW',
          confidence: 'high',
          message: 'fromJSON(toJSON(x)) is x: write it directly',
        })
      if (node.kind === 'context' && node.computed)
        emit(offset + node.start, {
          severity: 'LOW',
          confidence: 'high',
          persona: 'pedantic',
          message: 'a computed index hides which value is read',
        })
    }
  }
})

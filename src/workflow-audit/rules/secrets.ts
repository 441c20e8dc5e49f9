/**
 * How secrets reach jobs: overprovisioned-secrets (the whole `secrets` context), unredacted-secrets
 * (a field of a JSON secret, which the log masker does not know), secrets-outside-env (auditor: a
 * secret used by a job without a protected environment), insecure-commands
 * (ACTIONS_ALLOW_UNSECURE_COMMANDS re-enabling `::set-env`).
 */
import { isMap, isScalar, visit, type Node, type Scalar } from 'yaml'
import { get, source, str, type AuditedDocument } from '../document.js'
import { fencedExpressions, parseExpression, walk, type Expr } from '../expressions.js'
import { zizmorRule } from '../finding.js'

/** Every parsed expression of a node's scalars, with the absolute offset of its body. */
export function expressionsIn(
  doc: AuditedDocument,
  root: Node,
): Array<{ expr: Expr; offset: number; body: string }> {
  const out: Array<{ expr: Expr; offset: number; body: string }> = []
  visit(root, {
    Scalar(_, node: Scalar) {
      if (typeof node.value !== 'string' || !node.value.includes('${{')) return
      const { text, offset } = source(doc, node)
      for (const f of fencedExpressions(text)) {
        const expr = parseExpression(f.body)
        if (expr) out.push({ expr, offset: offset + f.bodyStart, body: f.body })
      }
    },
  })
  return out
}

export const overprovisionedSecrets = zizmorRule(
  'overprovisioned-secrets',
  'Whole secrets context exposed',
  (doc, emit) => {
    for (const { expr, offset } of expressionsIn(doc, doc.root))
      for (const node of walk(expr))
        if (
          node.kind === 'context' &&
          node.parts[0] === 'secrets' &&
          (node.parts.length === 1 || node.computed)
        )
          emit(offset + node.start, {
            severity: 'MEDIUM',
            confidence: 'high',
            message:
              'this expression hands the runner every secret of the repository: name the secrets this step needs',
          })
  },
)

export const unredactedSecrets = zizmorRule(
  'unredacted-secrets',
  'Secret field the log cannot mask',
  (doc, emit) => {
    for (const { expr, offset } of expressionsIn(doc, doc.root))
      for (const node of walk(expr))
        if (
          node.kind === 'member' &&
          node.object.kind === 'call' &&
          node.object.name === 'fromjson' &&
          node.object.args.some((a) => walk(a).some((n) => n.kind === 'context' && n.parts[0] === 'secrets'))
        )
          emit(offset + node.start, {
            severity: 'MEDIUM',
            confidence: 'high',
            message:
              'a field of a JSON secret is not masked in logs (only the whole secret is): store each field as its own secret',
          })
  },
)

export const secretsOutsideEnv = zizmorRule(
  'secrets-outside-env',
  'Secret used outside an environment',
  (doc, emit) => {
    for (const job of doc.jobs) {
      if (get(job.node, 'environment') !== undefined) continue
      for (const { expr, offset } of expressionsIn(doc, job.node))
        for (const node of walk(expr))
          if (
            node.kind === 'context' &&
            node.parts[0] === 'secrets' &&
            node.parts[1] &&
            node.parts[1] !== 'github_token'
          )
            emit(offset + node.start, {
              severity: 'MEDIUM',
              confidence: 'high',
              persona: 'auditor',
              message: `job ${job.id} reads secrets.${node.parts[1]} without an \`environment:\`: an environment's protection rules would limit who can use it`,
            })
    }
  },
)

export const insecureCommands = zizmorRule(
  'insecure-commands',
  'Insecure workflow commands enabled',
  (doc, emit) => {
    const scopes = [
      doc.root,
      get(doc.root, 'runs'),
      ...doc.jobs.map((j) => j.node),
      ...doc.steps.map((s) => s.node),
    ]
    for (const scope of scopes) {
      const env = get(scope, 'env')
      if (!isMap(env)) continue
      for (const pair of env.items) {
        if (!isScalar(pair.key) || pair.key.value !== 'ACTIONS_ALLOW_UNSECURE_COMMANDS') continue
        const value = str(pair.value)?.toLowerCase() ?? ''
        if (value.includes('${{'))
          emit(pair.key as Node, {
            severity: 'HIGH',
            confidence: 'low',
            persona: 'auditor',
            message:
              'ACTIONS_ALLOW_UNSECURE_COMMANDS is set by an expression: if true, any output can set variables and PATH',
          })
        else if (value !== '' && value !== 'false' && value !== '0')
          emit(pair.key as Node, {
            severity: 'HIGH',
            confidence: 'high',
            message:
              'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables `::set-env` and `::add-path`: anything printed can set variables; use $GITHUB_ENV and $GITHUB_PATH',
          })
      }
    }
  },
)

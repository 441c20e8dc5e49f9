/**
 * The token's permissions: excessive-permissions (no `permissions:`, `read-all`, `write-all`, or
 * writes granted to every job at the workflow level), undocumented-permissions (a grant without a
 * comment saying why, pedantic) and launchgate's own llm-job-write-token (the LLM review agent's
 * job holds no write permission and no secret but the provider's key).
 */
import type { Severity } from '../../report/types.js'
import {
  get,
  isMap,
  isScalar,
  keyNode,
  parseUses,
  source,
  str,
  type AuditedDocument,
  type Job,
  type Node,
} from '../document.js'
import { zizmorRule, type Emit, type Persona, type Rule } from '../finding.js'

/** How much a `write` grant of each scope exposes at the workflow level (zizmor's table). */
const WRITE_SEVERITY: Record<string, Severity> = {
  actions: 'HIGH',
  attestations: 'HIGH',
  contents: 'HIGH',
  deployments: 'HIGH',
  'id-token': 'HIGH',
  issues: 'HIGH',
  packages: 'HIGH',
  pages: 'HIGH',
  'pull-requests': 'HIGH',
  models: 'LOW',
  statuses: 'LOW',
}

function checkBlock(
  perms: Node | undefined,
  at: Node,
  persona: Persona,
  emit: Emit,
  level: 'workflow' | 'job',
): void {
  const base = str(perms)
  if (perms === undefined) {
    emit(at, {
      severity: 'MEDIUM',
      confidence: 'medium',
      persona,
      message: `no \`permissions:\` at the ${level} level: the token gets the repository default, often write access; set \`permissions: {}\` and grant what each job needs`,
    })
  } else if (base === 'read-all') {
    emit(perms, {
      severity: 'MEDIUM',
      confidence: 'high',
      persona,
      message: '`permissions: read-all` grants every read scope: list the scopes this needs',
    })
  } else if (base === 'write-all') {
    emit(perms, {
      severity: 'HIGH',
      confidence: 'high',
      persona,
      message: '`permissions: write-all` grants every write scope: list only the scopes written',
    })
  } else if (level === 'workflow' && isMap(perms)) {
    for (const pair of perms.items) {
      if (!isScalar(pair.value) || pair.value.value !== 'write') continue
      const scope = String((pair.key as { value?: unknown }).value)
      emit(pair.key as Node, {
        severity: WRITE_SEVERITY[scope] ?? 'MEDIUM',
        confidence: 'high',
        persona,
        message: `\`${scope}: write\` at the workflow level is granted to every job: move it to the job that writes`,
      })
    }
  }
}

export const excessivePermissions = zizmorRule(
  'excessive-permissions',
  'Overly broad permissions',
  (doc, emit) => {
    if (doc.kind !== 'workflow') return
    const perms = get(doc.root, 'permissions')
    const reusableOnly = doc.triggers.length === 1 && doc.triggers[0] === 'workflow_call'
    const allJobsScoped = doc.jobs.every((j) => get(j.node, 'permissions') !== undefined)
    const topPersona: Persona =
      doc.jobs.length === 1 || allJobsScoped || reusableOnly ? 'pedantic' : 'regular'
    checkBlock(perms, keyNode(doc.root, 'on') ?? doc.root, topPersona, emit, 'workflow')
    for (const job of doc.jobs) {
      const own = get(job.node, 'permissions')
      const calls = get(job.node, 'uses') !== undefined
      const persona: Persona = reusableOnly && !calls ? 'pedantic' : 'regular'
      if (own === undefined && perms !== undefined) continue
      if (own === undefined || str(own) === 'read-all' || str(own) === 'write-all')
        checkBlock(own, job.key, persona, emit, 'job')
    }
  },
)

export const undocumentedPermissions = zizmorRule(
  'undocumented-permissions',
  'Permissions without a comment',
  (doc, emit) => {
    if (doc.kind !== 'workflow') return
    for (const scope of [doc.root, ...doc.jobs.map((j) => j.node)]) {
      const perms = get(scope, 'permissions')
      if (!isMap(perms)) continue
      for (const pair of perms.items) {
        const grant = `${String((pair.key as { value?: unknown }).value)}: ${str(pair.value)}`
        if (grant === 'contents: read' || str(pair.value) === 'none') continue
        const node = pair.value as Node
        const end = doc.text.indexOf('\n', node.range?.[0] ?? 0)
        const line = doc.text.slice(node.range?.[0] ?? 0, end < 0 ? undefined : end)
        if (line.includes('#')) continue
        emit(pair.key as Node, {
          severity: 'LOW',
          confidence: 'high',
          persona: 'pedantic',
          message: `\`${grant}\` has no comment saying why it is needed`,
        })
      }
    }
  },
)

const REVIEW_AGENT = /\/actions\/review-agent$/
const PROVIDER_KEY = /^(?:ANTHROPIC_API_KEY|OPENAI_API_KEY|LLM_API_KEY)$/

function runsReviewAgent(doc: AuditedDocument, job: Job): boolean {
  return doc.steps.some(
    (s) => s.job === job && REVIEW_AGENT.test(parseUses(get(s.node, 'uses'))?.action ?? ''),
  )
}

/** launchgate's own rule for the jobs that run its LLM review agent on untrusted diffs. */
export const llmJobWriteToken: Rule = {
  id: 'llm-job-write-token',
  title: 'LLM agent job with a write token or extra secrets',
  helpUri: 'https://github.com/launchgate/launchgate#workflow-audit',
  check(doc, emit) {
    for (const job of doc.jobs) {
      if (!runsReviewAgent(doc, job)) continue
      const perms = get(job.node, 'permissions')
      const writes =
        perms === undefined ||
        str(perms) === 'write-all' ||
        (isMap(perms) && perms.items.some((p) => str(p.value) === 'write'))
      if (writes)
        emit(perms ?? job.key, {
          severity: 'HIGH',
          confidence: 'high',
          message: `job ${job.id} runs the LLM review agent with ${perms ? 'a write permission' : 'the default token'}: give it \`permissions: { contents: read }\` and publish from the aggregate job`,
        })
      const { text, offset } = source(doc, job.node)
      for (const m of text.matchAll(/\$\{\{\s*secrets\.([\w-]+)\s*\}\}/g)) {
        if (PROVIDER_KEY.test(m[1]!)) continue
        emit(offset + m.index, {
          severity: 'HIGH',
          confidence: 'high',
          message: `job ${job.id} runs the LLM review agent with secrets.${m[1]}: it needs only the provider's API key`,
        })
      }
    }
  },
}

/**
 * launchgate's policy for GitHub Actions workflows, stricter than the review's devops checks
 * because it guards the pipeline itself (and every workflow `launchgate init` writes):
 * - `top-level-permissions`: the workflow starts from `permissions: {}` (or read-only) and
 *   grants more per job, so a new job never inherits the repository's default token.
 * - `write-all`: `permissions: write-all` anywhere.
 * - `unpinned-action`: every `uses:` outside this repository is pinned to a full commit sha
 *   (tags move; first-party actions too), with the version in a comment.
 * - `expression-in-run`: no `${{ }}` of event data, inputs, outputs or matrix values inside
 *   `run:`; pass them through `env:` so the shell never parses them as code.
 * - `pull-request-target-checkout`: no checkout of the PR's head under `pull_request_target`.
 * - `llm-job-write-token`: a job running the LLM review agent holds no write permission and
 *   no secret but the provider's key.
 * - `checkout-persists-credentials`: actions/checkout without `persist-credentials: false`
 *   leaves the token in .git/config for every later step.
 * Pure: text in, findings out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'
import type { Finding } from '../report/types.js'

const SHA = /^[0-9a-f]{40}$/
/** Contexts that are the workflow's own and safe to interpolate into a script. */
const SAFE_CONTEXT =
  /^(?:github\.(?:sha|run_id|run_number|run_attempt|repository|repository_owner|workspace|server_url|api_url|job|workflow|action_path|event_name)|runner\.\w+|env\.\w+)$/
const PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\//
const REVIEW_AGENT = /actions\/review-agent(?:@|$)/
const PROVIDER_KEY = /^secrets\.(?:ANTHROPIC_API_KEY|OPENAI_API_KEY|LLM_API_KEY)$/

interface Ctx {
  file: string
  lines: LineCounter
  text: string
  findings: Finding[]
}

function at(ctx: Ctx, node: Node | null | undefined): { line?: number; column?: number } {
  if (!node?.range) return {}
  const { line, col } = ctx.lines.linePos(node.range[0])
  return { line, column: col }
}

function add(
  ctx: Ctx,
  node: Node | null | undefined,
  rule: string,
  severity: Finding['severity'],
  message: string,
) {
  ctx.findings.push({ rule, severity, message, file: ctx.file, ...at(ctx, node) })
}

/** Audits one workflow file; a file that is not valid YAML is one finding at its error. */
export function auditWorkflow(file: string, text: string): Finding[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const ctx: Ctx = { file, lines, text, findings: [] }
  if (doc.errors.length > 0) {
    const { line, col } = lines.linePos(doc.errors[0]!.pos[0])
    return [
      { rule: 'yaml-error', severity: 'HIGH', message: doc.errors[0]!.message, file, line, column: col },
    ]
  }
  const root = doc.contents
  if (!isMap(root)) return []
  checkTopLevelPermissions(ctx, root)
  const prTarget = triggerNames(root).includes('pull_request_target')
  const jobs = root.get('jobs', true)
  for (const pair of isMap(jobs) ? jobs.items : []) {
    if (isMap(pair.value))
      checkJob(ctx, String(isScalar(pair.key) ? pair.key.value : ''), pair.value, prTarget)
  }
  return ctx.findings
}

function triggerNames(root: YAMLMap): string[] {
  const on: unknown = root.get('on', true)
  if (isScalar(on)) return [String(on.value)]
  if (isSeq(on)) return on.items.map((i) => String(isScalar(i) ? i.value : ''))
  if (isMap(on)) return on.items.map((p) => String(isScalar(p.key) ? p.key.value : ''))
  return []
}

function checkTopLevelPermissions(ctx: Ctx, root: YAMLMap): void {
  const permissions = root.get('permissions', true) as Node | undefined
  if (!permissions) {
    const on = root.items.find((p) => isScalar(p.key) && p.key.value === 'on')
    add(
      ctx,
      (on?.key as Node) ?? root,
      'top-level-permissions',
      'HIGH',
      'the workflow sets no top-level permissions: start from `permissions: {}` and grant what each job needs in that job',
    )
    return
  }
  if (grantsWrite(permissions)) {
    add(
      ctx,
      permissions,
      'top-level-permissions',
      'HIGH',
      'top-level permissions grant write access to every job: set `permissions: {}` here and grant writes per job',
    )
  }
}

function grantsWrite(node: Node): boolean {
  if (isScalar(node)) return node.value === 'write-all'
  return isMap(node) && node.items.some((p) => isScalar(p.value) && p.value.value === 'write')
}

function checkJob(ctx: Ctx, name: string, job: YAMLMap, prTarget: boolean): void {
  const permissions = job.get('permissions', true) as Node | undefined
  if (isScalar(permissions) && permissions.value === 'write-all') {
    add(ctx, permissions, 'write-all', 'HIGH', `job ${name} grants write-all: list only the scopes it writes`)
  }
  const steps = job.get('steps', true)
  const stepMaps = isSeq(steps) ? steps.items.filter(isMap) : []
  const usesAt = (step: YAMLMap) => step.get('uses', true) as Node | undefined
  const runsAgent = stepMaps.some((s) =>
    REVIEW_AGENT.test(String((usesAt(s) as { value?: unknown })?.value ?? '')),
  )
  if (runsAgent) checkLlmJob(ctx, name, job, permissions)
  for (const step of stepMaps) checkStep(ctx, step, prTarget)
}

function checkStep(ctx: Ctx, step: YAMLMap, prTarget: boolean): void {
  const uses = step.get('uses', true)
  if (isScalar(uses)) checkUses(ctx, uses, step, prTarget)
  const run = step.get('run', true)
  if (isScalar(run)) checkRun(ctx, run)
}

function checkUses(ctx: Ctx, uses: Node & { value?: unknown }, step: YAMLMap, prTarget: boolean): void {
  const ref = String(uses.value ?? '')
  if (ref.startsWith('./') || ref.startsWith('docker://')) return
  const [action, version = ''] = ref.split('@')
  if (!SHA.test(version)) {
    add(
      ctx,
      uses,
      'unpinned-action',
      'HIGH',
      `${ref} is not pinned: use ${action}@<full commit sha> # ${version || 'vX'}`,
    )
  } else if (!/#\s*v?\d/.test(lineText(ctx, uses))) {
    add(
      ctx,
      uses,
      'unpinned-action',
      'LOW',
      `${action} is pinned without its version in a comment: add \`# vX.Y.Z\``,
    )
  }
  if (action === 'actions/checkout') checkCheckout(ctx, uses, step, prTarget)
}

function checkCheckout(ctx: Ctx, uses: Node, step: YAMLMap, prTarget: boolean): void {
  const withMap = step.get('with', true)
  const persist = isMap(withMap) ? withMap.get('persist-credentials') : undefined
  if (String(persist) !== 'false') {
    add(
      ctx,
      uses,
      'checkout-persists-credentials',
      'MEDIUM',
      'actions/checkout leaves the token in .git/config for every later step: set `persist-credentials: false`',
    )
  }
  const ref = isMap(withMap) ? String(withMap.get('ref') ?? '') : ''
  if (prTarget && PR_HEAD.test(ref)) {
    add(
      ctx,
      uses,
      'pull-request-target-checkout',
      'CRITICAL',
      'pull_request_target runs with secrets and a write token: checking out the PR head here runs its code with them; use pull_request',
    )
  }
}

function checkRun(ctx: Ctx, run: Node & { value?: unknown }): void {
  const script = String(run.value ?? '')
  for (const match of script.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}/g)) {
    const expression = match[1]!
    if (SAFE_CONTEXT.test(expression)) continue
    add(
      ctx,
      run,
      'expression-in-run',
      'HIGH',
      `\`\${{ ${expression} }}\` is pasted into a shell script: pass it through \`env:\` and use "$NAME"`,
    )
  }
}

function checkLlmJob(ctx: Ctx, name: string, job: YAMLMap, permissions: Node | undefined): void {
  if (!permissions || grantsWrite(permissions)) {
    add(
      ctx,
      permissions ?? job,
      'llm-job-write-token',
      'HIGH',
      `job ${name} runs the LLM review agent with ${permissions ? 'a write permission' : 'the default token'}: give it \`permissions: { contents: read }\` and publish from the aggregate job`,
    )
  }
  const jobText = ctx.text.slice(job.range?.[0] ?? 0, job.range?.[1] ?? 0)
  for (const match of jobText.matchAll(/\$\{\{\s*(secrets\.\w+)\s*\}\}/g)) {
    if (!PROVIDER_KEY.test(match[1]!)) {
      add(
        ctx,
        job,
        'llm-job-write-token',
        'HIGH',
        `job ${name} runs the LLM review agent with ${match[1]}: it needs only the provider's API key`,
      )
    }
  }
}

function lineText(ctx: Ctx, node: Node): string {
  const start = node.range?.[0] ?? 0
  const end = ctx.text.indexOf('\n', start)
  return ctx.text.slice(start, end < 0 ? undefined : end)
}

/**
 * What a checkout leaves behind and what it runs: artipacked (the token persisted on disk by
 * actions/checkout, worse when a later upload-artifact ships the workspace) and launchgate's
 * pull-request-target-checkout (a privileged trigger checking out the pull request's own code).
 */
import { get, parseUses, str, usesAction, type Step } from '../document.js'
import { zizmorRule, type Persona, type Rule } from '../finding.js'

/** The major version a `uses:` names, from its tag or its `# vX` comment. */
export function majorVersion(text: string, ref: string | undefined, offset: number): number | undefined {
  const end = text.indexOf('\n', offset)
  const comment = /#\s*v?(\d+)/.exec(text.slice(offset, end < 0 ? undefined : end))
  const tag = /^v?(\d+)/.exec(ref ?? '')
  const digits = tag?.[1] ?? comment?.[1]
  return digits === undefined || (/^[0-9a-f]{40}$/i.test(ref ?? '') && !comment) ? undefined : Number(digits)
}

const DANGEROUS_PATHS =
  /(?:^|\s|\n)(?:\.\/?|\*|\$\{\{\s*github\.workspace\s*\}\}\/?|\.git\b[^\n]*|\$GITHUB_WORKSPACE\/?)\s*(?:$|\n)/

function groups(steps: Step[]): Step[][] {
  const byJob = new Map<unknown, Step[]>()
  for (const s of steps) byJob.set(s.job ?? 'action', [...(byJob.get(s.job ?? 'action') ?? []), s])
  return [...byJob.values()]
}

export const artipacked = zizmorRule(
  'artipacked',
  'Credential persisted by actions/checkout',
  (doc, emit) => {
    for (const steps of groups(doc.steps)) {
      const uploads = steps.filter(
        (s) =>
          usesAction(parseUses(get(s.node, 'uses')), 'actions/upload-artifact') &&
          DANGEROUS_PATHS.test(str(get(get(s.node, 'with'), 'path')) ?? ''),
      )
      for (const step of steps) {
        const uses = parseUses(get(step.node, 'uses'))
        if (!usesAction(uses, 'actions/checkout')) continue
        const persist = str(get(get(step.node, 'with'), 'persist-credentials'))
        if (persist === 'false') continue
        const persona: Persona =
          persist === 'true' ? 'auditor' : persist?.includes('${{') ? 'pedantic' : 'regular'
        const v6 = (majorVersion(doc.text, uses!.ref, uses!.node.range?.[0] ?? 0) ?? 0) >= 6
        const leaked = uploads.some((u) => u.index > step.index)
        emit(uses!.node, {
          severity: leaked ? (v6 ? 'MEDIUM' : 'HIGH') : v6 ? 'LOW' : 'MEDIUM',
          confidence: leaked ? 'high' : 'low',
          persona,
          message: leaked
            ? 'actions/checkout persists the token and a later upload-artifact ships the workspace: set `persist-credentials: false`'
            : 'actions/checkout persists the token on disk for every later step: set `persist-credentials: false` unless a later step pushes',
        })
      }
    }
  },
)

const PR_HEAD =
  /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_(?:sha|branch)|github\.event\.issue\.number/

/** launchgate's own: the "pwn request" shape, checked out code run with secrets and a write token. */
export const pullRequestTargetCheckout: Rule = {
  id: 'pull-request-target-checkout',
  title: 'Privileged trigger checks out the pull request',
  helpUri: 'https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/',
  check(doc, emit) {
    if (!doc.triggers.some((t) => t === 'pull_request_target' || t === 'workflow_run')) return
    for (const step of doc.steps) {
      if (!usesAction(parseUses(get(step.node, 'uses')), 'actions/checkout')) continue
      const ref = get(get(step.node, 'with'), 'ref')
      if (ref && PR_HEAD.test(str(ref) ?? ''))
        emit(ref, {
          severity: 'CRITICAL',
          confidence: 'high',
          message: `this ${doc.triggers.includes('pull_request_target') ? 'pull_request_target' : 'workflow_run'} workflow checks out ${str(ref)}: the fork's code runs with secrets and a write token; build untrusted code under pull_request`,
        })
    }
  },
}

/**
 * template-injection: `${{ }}` expanded into code before the code runs. Code runs in `run:` (in
 * workflows and composite actions) and in the inputs of actions that evaluate them as scripts
 * (github-script's `script:`, ssh-action's `script:`, yq's `cmd:`...). One finding per context that
 * an attacker may control, at the context's own line and column; an expression with nothing
 * dangerous in it is still a pedantic code smell, as in zizmor.
 */
import type { Node } from 'yaml'
import { get, parseUses, source, type AuditedDocument, type Step } from '../document.js'
import { fencedExpressions } from '../expressions.js'
import { zizmorRule, type Emit } from '../finding.js'
import { judgeExpression } from '../taint.js'

/** Inputs of well-known actions that run their value as code (action -> input names). */
const CODE_INPUTS: Record<string, readonly string[]> = {
  'actions/github-script': ['script'],
  'appleboy/ssh-action': ['script'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'mikefarah/yq': ['cmd'],
  'sergeysova/jq-action': ['cmd'],
  'devorbitus/yq-action-output': ['cmd'],
  'amadevus/pwsh-script': ['script'],
  'jannekem/run-python-script-action': ['script'],
  'cardinalby/js-eval-action': ['expression'],
  'addnab/docker-run-action': ['options', 'run'],
  'gautamkrishnar/blog-post-workflow': ['item_exec'],
  'tibdex/backport': ['body_template', 'head_template', 'labels_template', 'title_template'],
}

/** The code-running scalars of a step with a name for the message. */
export function codeSites(step: Step): Array<{ node: Node; where: string }> {
  const run = get(step.node, 'run')
  if (run) return [{ node: run, where: 'run:' }]
  const uses = parseUses(get(step.node, 'uses'))
  const inputs = uses ? CODE_INPUTS[uses.action] : undefined
  const withMap = get(step.node, 'with')
  const sites: Array<{ node: Node; where: string }> = []
  for (const input of inputs ?? []) {
    const pair = (withMap as { items?: Array<{ key: unknown; value: unknown }> } | undefined)?.items?.find(
      (p) => String((p.key as { value?: unknown })?.value).toLowerCase() === input,
    )
    if (pair?.value) sites.push({ node: pair.value as Node, where: `${uses!.action}'s ${input}:` })
  }
  return sites
}

function checkSite(doc: AuditedDocument, step: Step, node: Node, where: string, emit: Emit): void {
  const { text, offset } = source(doc, node)
  for (const fenced of fencedExpressions(text)) {
    const judged = judgeExpression(doc, step, fenced.body)
    let reported = false
    for (const { origin, taint } of judged) {
      if (!taint) continue
      reported = true
      const expression = fenced.body.slice(origin.start, origin.end)
      emit(offset + fenced.bodyStart + origin.start, {
        ...taint,
        message: `\`${expression}\` is expanded into ${where} before it runs (${taint.why}): pass it through \`env:\` and use the variable ("$NAME" in a shell, process.env.NAME in a script)`,
      })
    }
    if (!reported)
      emit(offset + fenced.start, {
        severity: 'LOW',
        confidence: 'high',
        persona: 'pedantic',
        message: `\`\${{${fenced.body}}}\` is expanded into ${where} (code should read values from the environment, not from template expansion)`,
      })
  }
}

export const templateInjection = zizmorRule(
  'template-injection',
  'Code injection via template expansion',
  (doc, emit) => {
    for (const step of doc.steps)
      for (const site of codeSites(step)) checkSite(doc, step, site.node, site.where, emit)
  },
)

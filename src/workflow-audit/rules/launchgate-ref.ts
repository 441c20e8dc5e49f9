/**
 * launchgate's own rule for its reusable workflows (pr-gate.yml, review.yml): their actions run
 * from a checkout of launchgate at `launchgate-ref`, so a tag there runs code its owner can move
 * even when the `uses:` line is pinned. A caller passes a full sha (or an expression, checked at run
 * time by the workflow itself); a reusable workflow never defaults the input to a tag.
 */
import { isMap } from 'yaml'
import { get, parseUses, str } from '../document.js'
import type { Rule } from '../finding.js'

const SHA = /^[0-9a-f]{40}$/i
const LAUNCHGATE_WORKFLOW = /(?:^|\/)\.github\/workflows\/(?:pr-gate|review)\.ya?ml$/

export const launchgateRef: Rule = {
  id: 'launchgate-ref',
  title: 'launchgate-ref is not a commit sha',
  helpUri: 'https://github.com/launchgate/launchgate#security-model',
  check(doc, emit) {
    for (const job of doc.jobs) {
      const uses = parseUses(get(job.node, 'uses'))
      if (!uses || !LAUNCHGATE_WORKFLOW.test(uses.action)) continue
      const ref = get(get(job.node, 'with'), 'launchgate-ref')
      const value = str(ref)
      if (value?.includes('${{') || SHA.test(value ?? '')) continue
      emit(ref ?? uses.node, {
        severity: 'HIGH',
        confidence: 'high',
        message: `job ${job.id} calls ${uses.raw} ${value ? `with launchgate-ref \`${value}\`, a movable ref` : 'without launchgate-ref'}: pass the same full commit sha as the uses: line`,
      })
    }
    const input = get(get(get(get(doc.root, 'on'), 'workflow_call'), 'inputs'), 'launchgate-ref')
    const fallback = isMap(input) ? get(input, 'default') : undefined
    if (fallback && !SHA.test(str(fallback) ?? ''))
      emit(fallback, {
        severity: 'HIGH',
        confidence: 'high',
        message: `launchgate-ref defaults to \`${str(fallback)}\`, a movable ref: a caller that omits it runs unpinned code; make it required`,
      })
  },
}

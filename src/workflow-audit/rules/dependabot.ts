/**
 * Dependabot's configuration (.github/dependabot.yml): dependabot-execution (updates allowed to run
 * the dependencies' own code) and dependabot-cooldown (no wait, or under 7 days, before a freshly
 * published version is proposed; Dependabot's implicit default is 3).
 */
import { isMap, isSeq } from 'yaml'
import { get, keyNode, str } from '../document.js'
import { zizmorRule } from '../finding.js'

const MINIMUM_DAYS = 7

function updates(root: unknown): unknown[] {
  const list = get(root, 'updates')
  return isSeq(list) ? list.items.filter(isMap) : []
}

export const dependabotExecution = zizmorRule(
  'dependabot-execution',
  'Dependabot may run dependency code',
  (doc, emit) => {
    if (doc.kind !== 'dependabot') return
    for (const update of updates(doc.root)) {
      const node = get(update, 'insecure-external-code-execution')
      if (str(node) === 'allow')
        emit(node, {
          severity: 'HIGH',
          confidence: 'high',
          message:
            "`insecure-external-code-execution: allow` lets a compromised dependency run code with Dependabot's credentials: set it to deny",
        })
    }
  },
)

export const dependabotCooldown = zizmorRule(
  'dependabot-cooldown',
  'Dependabot without a cooldown',
  (doc, emit) => {
    if (doc.kind !== 'dependabot') return
    for (const update of updates(doc.root)) {
      const cooldown = get(update, 'cooldown')
      const days = Number(str(get(cooldown, 'default-days')) ?? 3)
      if (days >= MINIMUM_DAYS) continue
      emit(
        get(cooldown, 'default-days') ??
          keyNode(update, 'cooldown') ??
          keyNode(update, 'package-ecosystem') ??
          (update as never),
        {
          severity: 'MEDIUM',
          confidence: 'high',
          message: `updates are proposed ${days} day(s) after a release: set \`cooldown: { default-days: ${MINIMUM_DAYS} }\` so a compromised version is usually pulled before it reaches you`,
        },
      )
    }
  },
)

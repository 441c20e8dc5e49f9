/** `missing-required-import`: files that must go through the canonical module and do not. */
import type { Concern } from '../concerns.js'
import type { ImportGraph, Violation } from '../types.js'
import { list } from './deprecated.js'

/**
 * One violation per file matching a rule's `files` that imports none of its targets (in any form,
 * type-only excepted: a type does not open a connection). Canonical and deprecated files and files
 * outside the concern's scope are exempt.
 */
export function missingRequiredImports(concern: Concern, graph: ImportGraph): Violation[] {
  const out: Violation[] = []
  for (const rule of concern.required) {
    for (const file of graph.files.values()) {
      if (!rule.files(file.path) || !concern.inScope(file.path)) continue
      if (concern.isCanonical(file.path) || concern.isDeprecated(file.path)) continue
      const ok = file.imports.some(
        (i) => i.kind !== 'type-only' && i.target !== undefined && rule.targets(i.target),
      )
      if (ok) continue
      out.push({
        concern: concern.name,
        rule: 'missing-required-import',
        file: file.path,
        line: 1,
        column: 1,
        symbol: rule.spec.join(','),
        message: `must import ${list(rule.spec)} (concern ${concern.name}) but imports none of them`,
      })
    }
  }
  return out
}

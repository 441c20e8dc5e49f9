/** Every rule of the check, applied to every concern: pure functions from the graph to violations. */
import type { Concern } from '../concerns.js'
import type { ImportGraph, Violation } from '../types.js'
import { deprecatedFiles, deprecatedImports } from './deprecated.js'
import { duplicateLogic } from './duplicates.js'
import { forbiddenSignatures } from './forbidden.js'
import { missingRequiredImports } from './required.js'

const RULES = [
  deprecatedFiles,
  deprecatedImports,
  forbiddenSignatures,
  missingRequiredImports,
  duplicateLogic,
]

/** All violations of all concerns, sorted by file, line, column, concern and rule. */
export function checkConcerns(concerns: Concern[], graph: ImportGraph): Violation[] {
  return concerns
    .flatMap((concern) => RULES.flatMap((rule) => rule(concern, graph)))
    .sort(
      (a, b) =>
        cmp(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        cmp(a.concern, b.concern) ||
        cmp(a.rule, b.rule) ||
        cmp(a.symbol, b.symbol),
    )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

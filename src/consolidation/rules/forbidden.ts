/** `forbidden-signature`: code that re-implements a concern outside its canonical files. */
import type { Concern } from '../concerns.js'
import type { ImportGraph, Violation } from '../types.js'
import { list } from './deprecated.js'

/** One violation per signature occurrence in a file of the concern's scope, neither canonical nor deprecated. */
export function forbiddenSignatures(concern: Concern, graph: ImportGraph): Violation[] {
  if (concern.signatures.length === 0) return []
  const mine = new Set(concern.signatures.map((s) => s.signature))
  const out: Violation[] = []
  for (const file of graph.files.values()) {
    if (concern.isCanonical(file.path) || concern.isDeprecated(file.path) || !concern.inScope(file.path))
      continue
    for (const hit of file.signatureHits) {
      if (!mine.has(hit.signature)) continue
      out.push({
        concern: concern.name,
        rule: 'forbidden-signature',
        file: file.path,
        line: hit.line,
        column: hit.column,
        symbol: hit.signature,
        message: `${hit.signature} belongs only in ${list(concern.canonical)}; use the canonical module instead of re-implementing ${concern.name} here`,
      })
    }
  }
  return out
}

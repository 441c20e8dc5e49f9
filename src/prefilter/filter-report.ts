/**
 * The report of one `prefilter filter` call: `data.tools` holds the kept definitions as given, so
 * a backend in any language sends them unchanged; `data.kept` says why each was kept.
 */
import type { Report } from '../report/types.js'
import { describeMissing, type MissingCoreTool } from './core-tools.js'
import type { PrefilterResult, TokenCounting } from './types.js'
import { pct } from '../util/percent.js'

/** Builds the report of one filtering decision. */
export function filterReport(
  result: PrefilterResult,
  counting: TokenCounting,
  missingCore: readonly MissingCoreTool[] = [],
): Report {
  const { kept, total, reduction } = result.tokens
  return {
    capability: 'prefilter',
    title: `Kept ${result.tools.length} tools (${kept} of ${total} tokens, ${pct(reduction)} fewer)${result.fallback ? ': nothing matched, safe fallback' : ''}`,
    // A warning, not a failure: a backend calling `filter` still gets its tools.
    ok: true,
    findings: missingCore.map((missing) => ({
      rule: 'prefilter-core-missing',
      severity: 'HIGH' as const,
      message: `core tool ${describeMissing(missing)} is not in the catalogue, so it was not sent`,
    })),
    sections: [
      {
        title: 'Kept tools',
        text: `Tokens counted with ${counting.tokenizer} over ${counting.serialisation}.`,
        table: {
          columns: ['tool', 'why', 'relevance', 'tokens'],
          rows: result.tools.map((t) => [t.name, t.reasons.join(', '), t.relevance, t.tokens]),
        },
      },
    ],
    data: {
      tools: result.tools.map((t) => t.definition),
      kept: result.tools.map(({ name, reasons, relevance, tokens }) => ({
        name,
        reasons,
        relevance,
        tokens,
      })),
      fallback: result.fallback,
      tokens: result.tokens,
      tokenizer: counting.tokenizer,
      serialisation: counting.serialisation,
    },
  }
}

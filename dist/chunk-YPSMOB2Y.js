import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  describeMissing
} from "./chunk-R6G23PVB.js";

// src/prefilter/filter-report.ts
var pct = (x) => `${(x * 100).toFixed(1)}%`;
function filterReport(result, counting, missingCore = []) {
  const { kept, total, reduction } = result.tokens;
  return {
    capability: "prefilter",
    title: `Kept ${result.tools.length} tools (${kept} of ${total} tokens, ${pct(reduction)} fewer)${result.fallback ? ": nothing matched, safe fallback" : ""}`,
    // A warning, not a failure: a backend calling `filter` still gets its tools.
    ok: true,
    findings: missingCore.map((missing) => ({
      rule: "prefilter-core-missing",
      severity: "HIGH",
      message: `core tool ${describeMissing(missing)} is not in the catalogue, so it was not sent`
    })),
    sections: [
      {
        title: "Kept tools",
        text: `Tokens counted with ${counting.tokenizer} over ${counting.serialisation}.`,
        table: {
          columns: ["tool", "why", "relevance", "tokens"],
          rows: result.tools.map((t) => [t.name, t.reasons.join(", "), t.relevance, t.tokens])
        }
      }
    ],
    data: {
      tools: result.tools.map((t) => t.definition),
      kept: result.tools.map(({ name, reasons, relevance, tokens }) => ({
        name,
        reasons,
        relevance,
        tokens
      })),
      fallback: result.fallback,
      tokens: result.tokens,
      tokenizer: counting.tokenizer,
      serialisation: counting.serialisation
    }
  };
}

export {
  filterReport
};

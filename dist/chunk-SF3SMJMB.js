import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  describeMissing
} from "./chunk-WP4GETIQ.js";

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

// src/prefilter/redact.ts
var PATTERNS = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "<email>"],
  [/\b(?:\d[ -]?){13,19}\b/g, "<number>"],
  [/\+?\d[\d ().-]{7,}\d/g, "<phone>"],
  [/-?\d{1,3}\.\d{3,},\s*-?\d{1,3}\.\d{3,}/g, "<coordinates>"],
  [/(https?:\/\/[^\s?#]+)\?[^\s#]*/g, "$1?<query>"]
];
var redactPersonalData = (text) => PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
function chainRedactors(...redactors) {
  return (text) => redactors.reduce((out, r) => r(out), text);
}

export {
  filterReport,
  redactPersonalData,
  chainRedactors
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/prefilter/compare.ts
var DEFAULT_TOLERANCE = { completeness: 0, tokenReduction: 0.01 };
var pct = (x) => `${(x * 100).toFixed(1)}%`;
var signed = (x, unit, digits = 1) => `${x > 0 ? "+" : ""}${x.toFixed(digits)}${unit}`;
function compareBenchmarks(base, head, tolerance = DEFAULT_TOLERANCE) {
  const findings = [];
  const regress = (rule, message) => findings.push({ rule, severity: "HIGH", message });
  if (base) {
    if (head.completeness < base.completeness - tolerance.completeness) {
      regress(
        "prefilter-completeness-regression",
        `completeness fell from ${pct(base.completeness)} to ${pct(head.completeness)}`
      );
    }
    if (head.coreKept < base.coreKept) {
      regress(
        "prefilter-core-regression",
        `core tools kept fell from ${pct(base.coreKept)} to ${pct(head.coreKept)}`
      );
    }
    if (head.tokenReduction.mean < base.tokenReduction.mean - tolerance.tokenReduction) {
      regress(
        "prefilter-token-regression",
        `mean token reduction fell from ${pct(base.tokenReduction.mean)} to ${pct(head.tokenReduction.mean)}`
      );
    }
  }
  const row = (metric, b, h, change) => [metric, b, h, change];
  const rows = base ? [
    row(
      "tokens per request (all tools)",
      `${base.tokensPerRequest.before}`,
      `${head.tokensPerRequest.before}`,
      signed(head.tokensPerRequest.before - base.tokensPerRequest.before, "", 0)
    ),
    row(
      "tokens per request (filtered)",
      `${base.tokensPerRequest.after}`,
      `${head.tokensPerRequest.after}`,
      signed(head.tokensPerRequest.after - base.tokensPerRequest.after, "", 0)
    ),
    row(
      "token reduction (mean)",
      pct(base.tokenReduction.mean),
      pct(head.tokenReduction.mean),
      signed((head.tokenReduction.mean - base.tokenReduction.mean) * 100, " pt")
    ),
    row(
      "completeness",
      pct(base.completeness),
      pct(head.completeness),
      signed((head.completeness - base.completeness) * 100, " pt")
    ),
    row(
      "tool recall",
      pct(base.toolRecall),
      pct(head.toolRecall),
      signed((head.toolRecall - base.toolRecall) * 100, " pt")
    ),
    row(
      "core tools kept",
      pct(base.coreKept),
      pct(head.coreKept),
      signed((head.coreKept - base.coreKept) * 100, " pt")
    ),
    row("cases", `${base.cases}`, `${head.cases}`, signed(head.cases - base.cases, "", 0))
  ] : [
    row(
      "tokens per request",
      "",
      `${head.tokensPerRequest.before} -> ${head.tokensPerRequest.after}`,
      ""
    ),
    row("token reduction (mean)", "", pct(head.tokenReduction.mean), ""),
    row("completeness", "", pct(head.completeness), ""),
    row("core tools kept", "", pct(head.coreKept), "")
  ];
  const ok = findings.length === 0;
  const title = !base ? `Prefilter: ${pct(head.tokenReduction.mean)} fewer tool tokens, ${pct(head.completeness)} complete (no base benchmark to compare)` : ok ? `Prefilter: no regression (${pct(head.tokenReduction.mean)} fewer tool tokens, ${pct(head.completeness)} complete)` : `Prefilter regressed: ${findings.map((f) => f.message).join("; ")}`;
  return {
    capability: "prefilter",
    title,
    ok,
    findings,
    sections: [
      {
        title: "Tool prefilter: base vs head",
        table: { columns: ["metric", "base", "head", "change"], rows }
      }
    ],
    data: { base: base ?? null, head, regression: !ok }
  };
}

export {
  compareBenchmarks
};

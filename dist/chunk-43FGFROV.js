import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  ToolPrefilter,
  assertGatePossible,
  describeMissing,
  isStopWord,
  parseToolFile,
  toolTokens,
  words
} from "./chunk-CLW7FOZR.js";
import {
  nearestRank
} from "./chunk-WLCSS6DB.js";
import {
  gatesFromConfig,
  optionsFromConfig,
  withAssociations
} from "./chunk-XVBKFZHQ.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";

// src/prefilter/learn.ts
var DEFAULT_LEARN = { minCount: 2, minShare: 0.6, maxAliases: 12 };
var LogFileError = class extends ConfigurationError {
  name = "LogFileError";
};
function parseLog(text, file) {
  const turns = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    const line = i + 1;
    let value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new LogFileError(`invalid JSON: ${error.message}`, { position: { file, line } });
    }
    const v = value;
    const called = v?.calledTools;
    if (typeof v?.message !== "string" || !Array.isArray(called) || !called.every((t) => typeof t === "string"))
      throw new LogFileError(
        'expected {"message": string, "calledTools": [tool names], "context"?: object}',
        {
          position: { file, line }
        }
      );
    const context = typeof v.context === "object" && v.context !== null ? v.context : {};
    turns.push({ line, message: v.message, context, calledTools: called });
  });
  return turns;
}
function count(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}
function contentWords(message) {
  return new Set(words(message).filter((w) => w.length > 2 && !isStopWord(w) && !/^\d+$/.test(w)));
}
function sortedRecord(map) {
  return Object.fromEntries([...map].filter(([, v]) => v.length > 0).sort(([a], [b]) => a.localeCompare(b)));
}
function learnAssociations(turns, options = DEFAULT_LEARN) {
  const wordTurns = /* @__PURE__ */ new Map();
  const pairTurns = /* @__PURE__ */ new Map();
  const follows = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  for (const turn of turns) {
    const said = contentWords(turn.message);
    const called = [...new Set(turn.calledTools)];
    for (const w of said) count(wordTurns, w);
    for (const tool of called) {
      count(calls, tool);
      for (const w of said) count(pairTurns, `${tool}\0${w}`);
    }
    const recent = Array.isArray(turn.context.recentTools) ? turn.context.recentTools.at(-1) : void 0;
    const sequence = [...typeof recent === "string" ? [recent] : [], ...turn.calledTools];
    for (let i = 1; i < sequence.length; i++)
      if (sequence[i] !== sequence[i - 1]) count(follows, `${sequence[i - 1]}\0${sequence[i]}`);
  }
  const aliases = /* @__PURE__ */ new Map();
  for (const [key, n] of pairTurns) {
    const [tool, word] = key.split("\0");
    if (n < options.minCount || n / wordTurns.get(word) < options.minShare) continue;
    const list = aliases.get(tool) ?? [];
    list.push([word, n]);
    aliases.set(tool, list);
  }
  const companions = /* @__PURE__ */ new Map();
  for (const [key, n] of follows) {
    const [before, after] = key.split("\0");
    if (n < options.minCount) continue;
    const list = companions.get(before) ?? [];
    list.push([after, n]);
    companions.set(before, list);
  }
  const best = (list, max) => list.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([name]) => name);
  return {
    version: 1,
    turns: turns.length,
    aliases: sortedRecord(new Map([...aliases].map(([t, l]) => [t, best(l, options.maxAliases)]))),
    companions: sortedRecord(new Map([...companions].map(([t, l]) => [t, best(l, 5)])))
  };
}
function parseAssociations(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`invalid association file: ${error.message}`, {
      position: { file }
    });
  }
  const v = value;
  if (v?.version !== 1 || typeof v.aliases !== "object" || typeof v.companions !== "object")
    throw new ConfigurationError("not an association file (expected version 1 with aliases and companions)", {
      position: { file }
    });
  return v;
}
var CASE_CONTEXT_KEYS = ["page", "recentTools"];
function casesFromLog(turns, redact, catalogue) {
  const seen = /* @__PURE__ */ new Set();
  const lines = [];
  for (const turn of turns) {
    const expected = [...new Set(turn.calledTools)].filter((t) => catalogue.has(t)).sort();
    if (expected.length === 0) continue;
    const message = redact(turn.message);
    const key = `${message}\0${expected.join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const context = Object.fromEntries(
      CASE_CONTEXT_KEYS.filter((k) => turn.context[k] !== void 0).map((k) => [k, turn.context[k]])
    );
    lines.push(JSON.stringify({ message, ...Object.keys(context).length > 0 ? { context } : {}, expected }));
  }
  return lines;
}

// src/prefilter/safety-net.ts
var ANTHROPIC_TOOL_SEARCH = {
  type: "tool_search_tool_bm25_20251119",
  name: "tool_search_tool_bm25"
};
var FIND_TOOLS = "find_tools";
function findToolsDefinition(limit = 5) {
  return {
    type: "function",
    function: {
      name: FIND_TOOLS,
      description: `Search the other tools of this app when none of the tools offered fits the request. Returns up to ${limit} tool definitions; call one of them next.`,
      parameters: {
        type: "object",
        properties: { query: { type: "string", description: "What the tool should do, in a few words" } },
        required: ["query"]
      }
    }
  };
}
function anthropicTool(tool) {
  if (tool.format === "anthropic") return { ...tool.definition };
  return {
    name: tool.name,
    ...tool.description ? { description: tool.description } : {},
    input_schema: {
      type: "object",
      ...tool.parameters,
      ...tool.parameters.type === "dict" ? { type: "object" } : {}
    }
  };
}
function anthropicRequestTools(prefilter, result) {
  const kept = new Set(result.tools.map((t) => t.name));
  const tools = prefilter.index.tools;
  return [
    ...result.tools.map((t) => anthropicTool(tools[prefilter.index.byName.get(t.name)])),
    ...tools.filter((t) => !kept.has(t.name)).map((t) => ({ ...anthropicTool(t), defer_loading: true })),
    { ...ANTHROPIC_TOOL_SEARCH }
  ];
}
function openAiRequestTools(result, limit = 5) {
  return [...result.tools.map((t) => t.definition), findToolsDefinition(limit)];
}
function findTools(prefilter, query, sent = [], limit = 5) {
  const skip = new Set(sent);
  return prefilter.rank(query).map((i) => prefilter.index.tools[i]).filter((t) => !skip.has(t.name)).slice(0, limit);
}
function requestShapeTokens(result, limit = 5) {
  const search = toolTokens(
    {
      name: ANTHROPIC_TOOL_SEARCH.name,
      description: "",
      parameters: {},
      format: "function",
      definition: ANTHROPIC_TOOL_SEARCH
    },
    "json"
  );
  const find = toolTokens(
    {
      name: FIND_TOOLS,
      description: "",
      parameters: {},
      format: "function",
      definition: findToolsDefinition(limit)
    },
    "json"
  );
  return {
    filtered: result.tokens.kept,
    anthropic: result.tokens.kept + search,
    openai: result.tokens.kept + find
  };
}

// src/prefilter/bench.ts
import { performance } from "node:perf_hooks";

// src/prefilter/metrics.ts
function caseOutcome(result, expected, core, latencyMs, found = []) {
  const kept = new Set(result.tools.map((t) => t.name));
  const missing = expected.filter((name) => !kept.has(name));
  return {
    complete: missing.length === 0,
    reachable: missing.every((name) => found.includes(name)),
    recall: expected.length === 0 ? 1 : (expected.length - missing.length) / expected.length,
    reduction: result.tokens.reduction,
    keptTools: result.tools.length,
    keptTokens: result.tokens.kept,
    totalTokens: result.tokens.total,
    coreTokens: result.tools.filter((t) => t.reasons.includes("core")).reduce((a, t) => a + t.tokens, 0),
    coreKept: core.every((name) => kept.has(name)),
    missing,
    latencyMs
  };
}
function quantile(values, q) {
  return nearestRank(values, q) ?? 0;
}
function mean(values) {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
var share = (part, whole) => whole <= 0 ? 0 : 1 - part / whole;
var round = (x, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
function summarise(outcomes) {
  const reductions = outcomes.map((o) => o.reduction);
  const latencies = outcomes.map((o) => o.latencyMs);
  return {
    cases: outcomes.length,
    completeness: round(mean(outcomes.map((o) => o.complete ? 1 : 0))),
    reachable: round(mean(outcomes.map((o) => o.reachable ? 1 : 0))),
    toolRecall: round(mean(outcomes.map((o) => o.recall))),
    tokenReduction: { mean: round(mean(reductions)), p10: round(quantile(reductions, 0.1)) },
    attainableReduction: round(mean(outcomes.map((o) => share(o.coreTokens, o.totalTokens)))),
    nonCoreReduction: round(
      mean(outcomes.map((o) => share(o.keptTokens - o.coreTokens, o.totalTokens - o.coreTokens)))
    ),
    coreKept: round(mean(outcomes.map((o) => o.coreKept ? 1 : 0))),
    latencyMs: { p50: round(quantile(latencies, 0.5), 3), p99: round(quantile(latencies, 0.99), 3) },
    tokensPerRequest: {
      before: round(mean(outcomes.map((o) => o.totalTokens)), 1),
      after: round(mean(outcomes.map((o) => o.keptTokens)), 1)
    },
    keptTools: { mean: round(mean(outcomes.map((o) => o.keptTools)), 2) }
  };
}

// src/prefilter/bench.ts
var REPEATS = 5;
var SEARCH_LIMIT = 5;
function runBenchmark(prefilter, cases, signals = []) {
  const core = prefilter.configuredCore;
  for (const c of cases.slice(0, 20)) prefilter.filter(c.message, c.context);
  const outcomes = cases.map((c, n) => {
    const signal = signals[n] ?? {};
    const result = prefilter.filter(c.message, c.context, signal);
    const found = findTools(
      prefilter,
      c.message,
      result.tools.map((t) => t.name),
      SEARCH_LIMIT
    ).map((t) => t.name);
    const times = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      prefilter.filter(c.message, c.context, signal);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { ...caseOutcome(result, c.expected, core, times[Math.floor(REPEATS / 2)], found), line: c.line };
  });
  return { figures: summarise(outcomes), outcomes };
}
var pct = (x) => `${(x * 100).toFixed(1)}%`;
var round1 = (x) => Math.round(x * 10) / 10;
function safetyNetTokens() {
  const empty = { tools: [], fallback: false, tokens: { kept: 0, total: 0, reduction: 0 } };
  const shapes = requestShapeTokens(empty, SEARCH_LIMIT);
  return { anthropic: shapes.anthropic, openai: shapes.openai };
}
function gateFindings(figures, gates, sources, prefilter) {
  const findings = prefilter.missingCore.map((missing) => ({
    rule: "prefilter-core-missing",
    severity: "CRITICAL",
    message: `core tool ${describeMissing(missing)} is not in the catalogue, so it is never sent; fix prefilter.core-tools`,
    file: sources.tools
  }));
  if (figures.tokenReduction.mean < gates.minTokenReduction) {
    findings.push({
      rule: "prefilter-token-reduction",
      severity: "HIGH",
      message: `mean token reduction ${pct(figures.tokenReduction.mean)} is below the gate ${pct(gates.minTokenReduction)}`,
      file: sources.cases
    });
  }
  if (figures.completeness < gates.minCompleteness) {
    findings.push({
      rule: "prefilter-completeness",
      severity: "HIGH",
      message: `${pct(figures.completeness)} of cases kept all their tools; the gate is ${pct(gates.minCompleteness)}`,
      file: sources.cases
    });
  }
  if (figures.coreKept < 1) {
    findings.push({
      rule: "prefilter-core-tools",
      severity: "CRITICAL",
      message: `core tools were dropped in ${pct(1 - figures.coreKept)} of cases; they must always be sent`,
      file: sources.cases
    });
  }
  return findings;
}
function missFindings(run, sources) {
  return run.outcomes.filter((o) => !o.complete).slice(0, 50).map((o) => ({
    rule: "prefilter-missed-tool",
    severity: "LOW",
    message: `needed tool ${o.missing.join(", ")} was filtered out`,
    file: sources.cases,
    line: o.line
  }));
}
function benchmarkReport(run, prefilter, gates, sources) {
  const f = run.figures;
  const net = safetyNetTokens();
  const gating = gateFindings(f, gates, sources, prefilter);
  const ok = gating.length === 0;
  const title = `${ok ? "Prefilter gate passed" : "Prefilter gate failed"}: ${pct(f.tokenReduction.mean)} fewer tool tokens, ${pct(f.completeness)} of ${f.cases} cases complete`;
  const row = (metric, value, gate, pass) => [
    metric,
    value,
    gate,
    pass ? "pass" : "FAIL"
  ];
  return {
    capability: "prefilter",
    title,
    ok,
    findings: [...gating, ...missFindings(run, sources)],
    sections: [
      {
        title: "Benchmark",
        text: `Tokens counted with ${prefilter.counting.tokenizer} over ${prefilter.counting.serialisation}.`,
        table: {
          columns: ["metric", "value", "gate", "result"],
          rows: [
            row(
              "token reduction (mean)",
              pct(f.tokenReduction.mean),
              `>= ${pct(gates.minTokenReduction)}`,
              f.tokenReduction.mean >= gates.minTokenReduction
            ),
            row(
              "completeness",
              pct(f.completeness),
              `>= ${pct(gates.minCompleteness)}`,
              f.completeness >= gates.minCompleteness
            ),
            row("core tools kept", pct(f.coreKept), "100%", f.coreKept >= 1),
            ["attainable reduction (core tools always sent)", pct(f.attainableReduction), "", ""],
            ["token reduction on the non-core part", pct(f.nonCoreReduction), "", ""],
            ["reachable (kept, or found by one search call)", pct(f.reachable), "", ""],
            ["tool recall", pct(f.toolRecall), "", ""],
            ["token reduction (p10)", pct(f.tokenReduction.p10), "", ""],
            ["tokens per request", `${f.tokensPerRequest.before} -> ${f.tokensPerRequest.after}`, "", ""],
            [
              "with the safety net: Anthropic (deferred + tool search) / OpenAI (find_tools)",
              `${round1(f.tokensPerRequest.after + net.anthropic)} / ${round1(f.tokensPerRequest.after + net.openai)}`,
              "",
              ""
            ],
            ["latency p50 / p99", `${f.latencyMs.p50} / ${f.latencyMs.p99} ms`, "", ""]
          ]
        }
      }
    ],
    data: {
      ...f,
      tokenizer: prefilter.counting.tokenizer,
      serialisation: prefilter.counting.serialisation,
      catalogue: { tools: prefilter.index.tools.length, tokens: prefilter.index.totalTokens },
      gates: { ...gates, coreKept: 1 },
      safetyNetTokens: net,
      sources
    }
  };
}

// src/prefilter/cases.ts
var CasesFileError = class extends ConfigurationError {
  name = "CasesFileError";
  problems;
  constructor(file, problems) {
    const [first, ...rest] = problems;
    const more = rest.slice(0, 19).map((p) => `
  ${file}:${p.line}: ${p.message}`);
    const omitted = rest.length > 19 ? `
  ... and ${rest.length - 19} more` : "";
    super(`${first.message}${more.join("")}${omitted}`, { position: { file, line: first.line } });
    this.problems = problems;
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function readCase(text, line, catalogue) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, message: `invalid JSON: ${error.message}` };
  }
  if (!isObject(value)) return { line, message: 'expected an object {"message", "expected", "context"?}' };
  if (typeof value.message !== "string") return { line, message: '"message" must be a string' };
  const expected = value.expected;
  if (!Array.isArray(expected) || !expected.every((e) => typeof e === "string")) {
    return { line, message: '"expected" must be an array of tool names' };
  }
  const unknown = expected.filter((name) => !catalogue.has(name));
  if (unknown.length > 0) {
    return { line, message: `expected tool ${unknown.join(", ")} is not in the tool catalogue` };
  }
  if (value.context !== void 0 && !isObject(value.context)) {
    return { line, message: '"context" must be an object when present' };
  }
  return { line, message: value.message, context: value.context ?? {}, expected };
}
function parseCases(text, file, catalogue) {
  const cases = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    const read = readCase(raw, i + 1, catalogue);
    if ("context" in read) cases.push(read);
    else problems.push(read);
  });
  if (problems.length > 0) throw new CasesFileError(file, problems);
  if (cases.length === 0)
    throw new CasesFileError(file, [{ line: 1, message: "no cases: the file is empty" }]);
  return cases;
}

// src/prefilter/compare.ts
var DEFAULT_TOLERANCE = { completeness: 0, tokenReduction: 0.01 };
var pct2 = (x) => `${(x * 100).toFixed(1)}%`;
var signed = (x, unit, digits = 1) => `${x > 0 ? "+" : ""}${x.toFixed(digits)}${unit}`;
function findRegressions(base, head, tolerance = DEFAULT_TOLERANCE) {
  const findings = [];
  const regress = (rule, message) => findings.push({ rule, severity: "HIGH", message });
  if (head.completeness < base.completeness - tolerance.completeness) {
    regress(
      "prefilter-completeness-regression",
      `completeness fell from ${pct2(base.completeness)} to ${pct2(head.completeness)}`
    );
  }
  if (head.coreKept < base.coreKept) {
    regress(
      "prefilter-core-regression",
      `core tools kept fell from ${pct2(base.coreKept)} to ${pct2(head.coreKept)}`
    );
  }
  if (head.tokenReduction.mean < base.tokenReduction.mean - tolerance.tokenReduction) {
    regress(
      "prefilter-token-regression",
      `mean token reduction fell from ${pct2(base.tokenReduction.mean)} to ${pct2(head.tokenReduction.mean)}`
    );
  }
  return findings;
}
function comparisonRows(base, head) {
  if (!base) {
    return [
      ["tokens per request", "", `${head.tokensPerRequest.before} -> ${head.tokensPerRequest.after}`, ""],
      ["token reduction (mean)", "", pct2(head.tokenReduction.mean), ""],
      ["completeness", "", pct2(head.completeness), ""],
      ["core tools kept", "", pct2(head.coreKept), ""]
    ];
  }
  const count2 = (metric, b, h) => [metric, `${b}`, `${h}`, signed(h - b, "", 0)];
  const share2 = (metric, b, h) => [
    metric,
    pct2(b),
    pct2(h),
    signed((h - b) * 100, " pt")
  ];
  return [
    count2("tokens per request (all tools)", base.tokensPerRequest.before, head.tokensPerRequest.before),
    count2("tokens per request (filtered)", base.tokensPerRequest.after, head.tokensPerRequest.after),
    share2("token reduction (mean)", base.tokenReduction.mean, head.tokenReduction.mean),
    share2("completeness", base.completeness, head.completeness),
    share2("tool recall", base.toolRecall, head.toolRecall),
    share2("core tools kept", base.coreKept, head.coreKept),
    count2("cases", base.cases, head.cases)
  ];
}
function compareBenchmarks(base, head, tolerance = DEFAULT_TOLERANCE) {
  const findings = base ? findRegressions(base, head, tolerance) : [];
  const ok = findings.length === 0;
  const title = !base ? `Prefilter: ${pct2(head.tokenReduction.mean)} fewer tool tokens, ${pct2(head.completeness)} complete (no base benchmark to compare)` : ok ? `Prefilter: no regression (${pct2(head.tokenReduction.mean)} fewer tool tokens, ${pct2(head.completeness)} complete)` : `Prefilter regressed: ${findings.map((f) => f.message).join("; ")}`;
  return {
    capability: "prefilter",
    title,
    ok,
    findings,
    sections: [
      {
        title: "Tool prefilter: base vs head",
        table: { columns: ["metric", "base", "head", "change"], rows: comparisonRows(base, head) }
      }
    ],
    data: { base: base ?? null, head, regression: !ok }
  };
}

// src/prefilter/benchmark-sources.ts
function benchmarkSources(tools, cases, config, coreOverride, associations) {
  const prefilter = new ToolPrefilter(
    parseToolFile(tools.text, tools.name),
    withAssociations(optionsFromConfig(config, coreOverride), associations)
  );
  assertGatePossible(config["min-token-reduction"], prefilter.coreShare, prefilter.coreToolNames);
  const names = new Set(prefilter.index.tools.map((t) => t.name));
  const run = runBenchmark(prefilter, parseCases(cases.text, cases.name, names));
  const report = benchmarkReport(run, prefilter, gatesFromConfig(config), {
    tools: tools.name,
    cases: cases.name
  });
  return { run, report, prefilter };
}

export {
  parseLog,
  learnAssociations,
  parseAssociations,
  casesFromLog,
  ANTHROPIC_TOOL_SEARCH,
  FIND_TOOLS,
  findToolsDefinition,
  anthropicRequestTools,
  openAiRequestTools,
  findTools,
  runBenchmark,
  benchmarkReport,
  CasesFileError,
  parseCases,
  benchmarkSources,
  compareBenchmarks
};

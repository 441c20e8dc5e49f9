import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  countTokens,
  formatFunctionDefinitions
} from "./chunk-BOBXEPTZ.js";
import {
  ConfigurationError
} from "./chunk-3NXWM2HP.js";

// src/prefilter/bench.ts
import { performance } from "node:perf_hooks";

// src/prefilter/metrics.ts
function caseOutcome(result, expected, core, latencyMs) {
  const kept = new Set(result.tools.map((t) => t.name));
  const missing = expected.filter((name) => !kept.has(name));
  return {
    complete: missing.length === 0,
    recall: expected.length === 0 ? 1 : (expected.length - missing.length) / expected.length,
    reduction: result.tokens.reduction,
    keptTools: result.tools.length,
    keptTokens: result.tokens.kept,
    totalTokens: result.tokens.total,
    coreKept: core.every((name) => kept.has(name)),
    missing,
    latencyMs
  };
}
function quantile(values, q) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}
function mean(values) {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
var round = (x, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
function summarise(outcomes) {
  const reductions = outcomes.map((o) => o.reduction);
  const latencies = outcomes.map((o) => o.latencyMs);
  return {
    cases: outcomes.length,
    completeness: round(mean(outcomes.map((o) => o.complete ? 1 : 0))),
    toolRecall: round(mean(outcomes.map((o) => o.recall))),
    tokenReduction: { mean: round(mean(reductions)), p10: round(quantile(reductions, 0.1)) },
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
function runBenchmark(prefilter, cases) {
  const core = prefilter.coreToolNames;
  for (const c of cases.slice(0, 20)) prefilter.filter(c.message, c.context);
  const outcomes = cases.map((c) => {
    const result = prefilter.filter(c.message, c.context);
    const times = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      prefilter.filter(c.message, c.context);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { ...caseOutcome(result, c.expected, core, times[Math.floor(REPEATS / 2)]), line: c.line };
  });
  return { figures: summarise(outcomes), outcomes };
}
var pct = (x) => `${(x * 100).toFixed(1)}%`;
function gateFindings(figures, gates, sources) {
  const findings = [];
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
  const gating = gateFindings(f, gates, sources);
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
            ["tool recall", pct(f.toolRecall), "", ""],
            ["token reduction (p10)", pct(f.tokenReduction.p10), "", ""],
            ["tokens per request", `${f.tokensPerRequest.before} -> ${f.tokensPerRequest.after}`, "", ""],
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
      sources
    }
  };
}

// src/prefilter/cases.ts
var CasesFileError = class extends ConfigurationError {
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

// src/prefilter/tokens.ts
var TOKENIZER = "o200k_base (gpt-tokenizer)";
var WRAPPER_TOKENS = countTokens(formatFunctionDefinitions([]));
function resolved(tool, serialisation) {
  if (serialisation !== "auto") return serialisation;
  return tool.format === "openai" ? "openai-functions" : "json";
}
function serialiseTool(tool, serialisation) {
  if (resolved(tool, serialisation) === "json") return JSON.stringify(tool.definition);
  const fn = { name: tool.name, description: tool.description, parameters: tool.parameters };
  try {
    return formatFunctionDefinitions([fn]);
  } catch {
    return JSON.stringify(tool.definition);
  }
}
var cache = /* @__PURE__ */ new WeakMap();
function toolTokens(tool, serialisation = "auto") {
  const cached = cache.get(tool)?.get(serialisation);
  if (cached !== void 0) return cached;
  const text = serialiseTool(tool, serialisation);
  const raw = countTokens(text);
  const tokens = resolved(tool, serialisation) === "openai-functions" && text.startsWith("namespace") ? Math.max(1, raw - WRAPPER_TOKENS) : raw;
  const perTool = cache.get(tool) ?? /* @__PURE__ */ new Map();
  perTool.set(serialisation, tokens);
  cache.set(tool, perTool);
  return tokens;
}
function tokenCounting(tools, serialisation) {
  const used = new Set(tools.map((t) => resolved(t, serialisation)));
  const names = [...used].map(
    (s) => s === "json" ? "the definition's JSON" : "OpenAI's namespace functions rendering"
  );
  return { tokenizer: TOKENIZER, serialisation: names.join(" + ") || "the definition's JSON" };
}

// node_modules/stemmer/index.js
var step2list = {
  ational: "ate",
  tional: "tion",
  enci: "ence",
  anci: "ance",
  izer: "ize",
  bli: "ble",
  alli: "al",
  entli: "ent",
  eli: "e",
  ousli: "ous",
  ization: "ize",
  ation: "ate",
  ator: "ate",
  alism: "al",
  iveness: "ive",
  fulness: "ful",
  ousness: "ous",
  aliti: "al",
  iviti: "ive",
  biliti: "ble",
  logi: "log"
};
var step3list = {
  icate: "ic",
  ative: "",
  alize: "al",
  iciti: "ic",
  ical: "ic",
  ful: "",
  ness: ""
};
var consonant = "[^aeiou]";
var vowel = "[aeiouy]";
var consonants = "(" + consonant + "[^aeiouy]*)";
var vowels = "(" + vowel + "[aeiou]*)";
var gt0 = new RegExp("^" + consonants + "?" + vowels + consonants);
var eq1 = new RegExp(
  "^" + consonants + "?" + vowels + consonants + vowels + "?$"
);
var gt1 = new RegExp("^" + consonants + "?(" + vowels + consonants + "){2,}");
var vowelInStem = new RegExp("^" + consonants + "?" + vowel);
var consonantLike = new RegExp("^" + consonants + vowel + "[^aeiouwxy]$");
var sfxLl = /ll$/;
var sfxE = /^(.+?)e$/;
var sfxY = /^(.+?)y$/;
var sfxIon = /^(.+?(s|t))(ion)$/;
var sfxEdOrIng = /^(.+?)(ed|ing)$/;
var sfxAtOrBlOrIz = /(at|bl|iz)$/;
var sfxEED = /^(.+?)eed$/;
var sfxS = /^.+?[^s]s$/;
var sfxSsesOrIes = /^.+?(ss|i)es$/;
var sfxMultiConsonantLike = /([^aeiouylsz])\1$/;
var step2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
var step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
var step4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
function stemmer(value) {
  let result = String(value).toLowerCase();
  if (result.length < 3) {
    return result;
  }
  let firstCharacterWasLowerCaseY = false;
  if (result.codePointAt(0) === 121) {
    firstCharacterWasLowerCaseY = true;
    result = "Y" + result.slice(1);
  }
  if (sfxSsesOrIes.test(result)) {
    result = result.slice(0, -2);
  } else if (sfxS.test(result)) {
    result = result.slice(0, -1);
  }
  let match;
  if (match = sfxEED.exec(result)) {
    if (gt0.test(match[1])) {
      result = result.slice(0, -1);
    }
  } else if ((match = sfxEdOrIng.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1];
    if (sfxAtOrBlOrIz.test(result)) {
      result += "e";
    } else if (sfxMultiConsonantLike.test(result)) {
      result = result.slice(0, -1);
    } else if (consonantLike.test(result)) {
      result += "e";
    }
  }
  if ((match = sfxY.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1] + "i";
  }
  if ((match = step2.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step2list[match[2]];
  }
  if ((match = step3.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step3list[match[2]];
  }
  if (match = step4.exec(result)) {
    if (gt1.test(match[1])) {
      result = match[1];
    }
  } else if ((match = sfxIon.exec(result)) && gt1.test(match[1])) {
    result = match[1];
  }
  if ((match = sfxE.exec(result)) && (gt1.test(match[1]) || eq1.test(match[1]) && !consonantLike.test(match[1]))) {
    result = match[1];
  }
  if (sfxLl.test(result) && gt1.test(result)) {
    result = result.slice(0, -1);
  }
  if (firstCharacterWasLowerCaseY) {
    result = "y" + result.slice(1);
  }
  return result;
}

// src/prefilter/text.ts
var STOP_WORDS = new Set(
  "a an the and or but if of to in on at by for from with about as into onto than then so is are was were be been being am do does did done have has had having i me my mine we us our you your he she it its they them their this that these those there here what which who whom whose when where why how can could would should will shall may might must please want wanted need needs like let lets also just some any all each every more most much many very too not no yes up down out over again tell give show know help make sure one would im ive id dont thats whats hey hi hello thanks thank ok okay s t".split(" ")
);
var stems = /* @__PURE__ */ new Map();
function stem(word) {
  let s = stems.get(word);
  if (s === void 0) {
    s = stemmer(word);
    if (stems.size < 2e5) stems.set(word, s);
  }
  return s;
}
function words(text) {
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase();
  return spaced.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
function isStopWord(word) {
  return STOP_WORDS.has(word);
}
function terms(text) {
  const out = [];
  for (const w of words(text)) {
    if (isStopWord(w)) continue;
    if (w.length < 2 || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

// src/prefilter/context.ts
function toolsNamed(index, names) {
  const wanted = new Set(names);
  const out = /* @__PURE__ */ new Set();
  index.categories.forEach((c, i) => {
    if (c && wanted.has(c)) out.add(i);
  });
  for (const name of names) {
    const i = index.byName.get(name);
    if (i !== void 0) out.add(i);
  }
  return out;
}
function toolsOfCategoryTerms(index, stems2) {
  const categories = /* @__PURE__ */ new Set();
  for (const [category, words2] of index.categoryTerms) {
    if (words2.size > 0 && [...words2].every((w) => stems2.has(w))) categories.add(category);
  }
  return toolsNamed(index, [...categories]);
}
function contextTools(index, context, rules) {
  const out = /* @__PURE__ */ new Set();
  const page = typeof context.page === "string" ? context.page.trim().toLowerCase() : "";
  if (page) {
    const key = Object.keys(rules.pages).find((k) => {
      const p = k.toLowerCase();
      return page === p || page.startsWith(p.endsWith("/") ? p : `${p}/`);
    });
    const named = key ? toolsNamed(index, rules.pages[key]) : toolsOfCategoryTerms(index, new Set(terms(page)));
    for (const i of named) out.add(i);
  }
  const state = context.userState;
  if (state && typeof state === "object") {
    const on = Object.entries(state).filter(([, v]) => v === true || typeof v === "string" && v.length > 0 && v.length < 40).map(([k, v]) => typeof v === "string" ? `${k} ${v}` : k);
    for (const i of toolsOfCategoryTerms(index, new Set(terms(on.join(" "))))) out.add(i);
  }
  return out;
}
function recentTools(index, context, limit) {
  const recent = Array.isArray(context.recentTools) ? context.recentTools : [];
  const out = [];
  for (let i = recent.length - 1; i >= 0 && out.length < limit; i--) {
    const name = recent[i];
    const doc = typeof name === "string" ? index.byName.get(name) : void 0;
    if (doc !== void 0 && !out.includes(doc)) out.push(doc);
  }
  return out;
}
function companionTools(index, docs, rules) {
  const out = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    for (const name of rules.companions[index.tools[doc].name] ?? []) {
      const i = index.byName.get(name);
      if (i !== void 0) out.add(i);
    }
  }
  return out;
}
function historyText(turns) {
  if (!Array.isArray(turns)) return "";
  const user = turns.map((t) => typeof t === "string" ? t : t && (t.role ?? "user") === "user" ? t.content : void 0).filter((t) => typeof t === "string");
  return user.slice(-2).join("\n");
}

// src/prefilter/index-build.ts
var DEFAULT_FIELD_WEIGHTS = {
  name: 3,
  description: 1,
  parameterNames: 0.75,
  parameterText: 0.4,
  category: 0.5
};
function parameterTexts(schema) {
  const names = [];
  const texts = [];
  const visit2 = (properties, depth) => {
    if (typeof properties !== "object" || properties === null || depth > 2) return;
    for (const [name, value] of Object.entries(properties)) {
      names.push(name);
      if (typeof value !== "object" || value === null) continue;
      const prop = value;
      if (typeof prop.description === "string") texts.push(prop.description);
      if (Array.isArray(prop.enum)) texts.push(prop.enum.filter((e) => typeof e === "string").join(" "));
      visit2(prop.properties, depth + 1);
      const items = prop.items;
      if (items && typeof items === "object") visit2(items.properties, depth + 1);
    }
  };
  visit2(schema.properties, 0);
  return { names, texts };
}
function addTerms(into, text, weight) {
  if (weight <= 0) return;
  for (const term of terms(text)) into.set(term, (into.get(term) ?? 0) + weight);
}
function toolTerms(tool, aliases, category, weights) {
  const tf = /* @__PURE__ */ new Map();
  addTerms(tf, tool.name, weights.name);
  addTerms(tf, aliases.join(" "), weights.name);
  addTerms(tf, tool.description, weights.description);
  const params = parameterTexts(tool.parameters);
  addTerms(tf, params.names.join(" "), weights.parameterNames);
  addTerms(tf, params.texts.join(" "), weights.parameterText);
  if (category) addTerms(tf, category, weights.category);
  return tf;
}
function categoriesOf(tools, config) {
  const fromConfig = /* @__PURE__ */ new Map();
  for (const [category, names] of Object.entries(config)) for (const n of names) fromConfig.set(n, category);
  return tools.map((t) => fromConfig.get(t.name) ?? t.category);
}
function buildIndex(tools, options = {}) {
  const weights = options.weights ?? DEFAULT_FIELD_WEIGHTS;
  const categories = categoriesOf(tools, options.categories ?? {});
  const postings = /* @__PURE__ */ new Map();
  const lengths = new Float64Array(tools.length);
  const byName = /* @__PURE__ */ new Map();
  tools.forEach((tool, doc) => {
    byName.set(tool.name, doc);
    const tf = toolTerms(tool, options.aliases?.[tool.name] ?? [], categories[doc], weights);
    let length = 0;
    for (const [term, f] of tf) {
      length += f;
      const posting = postings.get(term) ?? { docs: [], tf: [] };
      posting.docs.push(doc);
      posting.tf.push(f);
      postings.set(term, posting);
    }
    lengths[doc] = length;
  });
  const n = tools.length;
  const idf = /* @__PURE__ */ new Map();
  for (const [term, posting] of postings) {
    const df = posting.docs.length;
    idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  const categoryTerms = /* @__PURE__ */ new Map();
  for (const c of categories) if (c && !categoryTerms.has(c)) categoryTerms.set(c, new Set(terms(c)));
  const tokens = tools.map((t) => toolTokens(t, options.serialisation ?? "auto"));
  const extensions = /* @__PURE__ */ new Map();
  for (const term of postings.keys()) {
    for (let k = 4; k < term.length; k++) {
      const prefix = term.slice(0, k);
      const list = extensions.get(prefix);
      if (list) list.push(term);
      else extensions.set(prefix, [term]);
    }
  }
  return {
    tools: [...tools],
    tokens,
    totalTokens: tokens.reduce((a, b) => a + b, 0),
    postings,
    idf,
    lengths,
    averageLength: n === 0 ? 1 : lengths.reduce((a, b) => a + b, 0) / n || 1,
    byName,
    categories,
    categoryTerms,
    extensions
  };
}

// src/prefilter/scoring.ts
var DEFAULT_SCORING = {
  k1: 1.2,
  b: 0.75,
  synonymWeight: 0.4,
  historyWeight: 0.3,
  familyWeight: 0.3,
  clauseWeight: 0.85,
  clauseDamping: 0.5
};
function widenQuery(index, query, options) {
  if (options.familyWeight <= 0) return query;
  for (const [term, weight] of [...query]) {
    const w = weight * options.familyWeight;
    for (const longer of index.extensions.get(term) ?? []) if (!query.has(longer)) query.set(longer, w);
    for (let k = 4; k < term.length; k++) {
      const shorter = term.slice(0, k);
      if (!query.has(shorter) && index.postings.has(shorter)) query.set(shorter, w);
    }
  }
  return query;
}
function buildQuery(text, synonyms, options, weight = 1) {
  const query = /* @__PURE__ */ new Map();
  for (const term of terms(text)) query.set(term, Math.min(2 * weight, (query.get(term) ?? 0) + weight));
  for (const term of [...query.keys()]) {
    for (const related of synonyms.get(term) ?? []) {
      if (!query.has(related)) query.set(related, weight * options.synonymWeight);
    }
  }
  return query;
}
function mergeQuery(into, other) {
  for (const [term, w] of other) into.set(term, Math.max(into.get(term) ?? 0, w));
  return into;
}
function scoreTools(index, query, options = DEFAULT_SCORING) {
  const scores = new Float64Array(index.tools.length);
  const { k1, b } = options;
  for (const [term, weight] of query) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const idf = index.idf.get(term) * weight;
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i];
      const tf = posting.tf[i];
      const norm = k1 * (1 - b + b * index.lengths[doc] / index.averageLength);
      scores[doc] += idf * tf * (k1 + 1) / (tf + norm);
    }
  }
  return scores;
}
function clauses(message) {
  const parts = message.split(/[.;!?\n]+|,\s*(?:and\s+|then\s+)?|\s+(?:and then|and also|and|then|also|after that|plus)\s+/i).map((p) => p.trim()).filter((p) => terms(p).length >= 2);
  return parts.length > 1 ? parts : [];
}
function relevance(index, message, parts, options = DEFAULT_SCORING) {
  const out = new Float64Array(index.tools.length);
  let best = 0;
  let messageBest = 0;
  for (const [n, query] of [message, ...parts].entries()) {
    const scores = scoreTools(index, query, options);
    let max = 0;
    for (const s of scores) if (s > max) max = s;
    if (max <= 0) continue;
    if (n === 0) messageBest = max;
    best = Math.max(best, max);
    const strength = messageBest > 0 ? Math.min(1, max / messageBest) : 1;
    const scale = n === 0 ? 1 : options.clauseWeight * strength ** options.clauseDamping;
    for (let i = 0; i < scores.length; i++) {
      const r = scores[i] / max * scale;
      if (r > out[i]) out[i] = r;
    }
  }
  return { relevance: out, best };
}

// src/prefilter/select.ts
var DEFAULT_CUT = { threshold: 0.35, minTools: 8, maxRelevant: 14 };
function cutFor(options, size) {
  return {
    ...options,
    minTools: Math.min(options.minTools, Math.max(3, Math.round(size * 0.06))),
    maxRelevant: Math.min(options.maxRelevant, Math.max(5, Math.round(size * 0.12)))
  };
}
function choose(chosen, doc, reason) {
  const choice = chosen.get(doc);
  if (!choice) chosen.set(doc, { doc, reasons: [reason] });
  else if (!choice.reasons.includes(reason)) choice.reasons.push(reason);
}
function cut(chosen, relevance2, tokens, options, reasonOf, favoured = /* @__PURE__ */ new Set()) {
  const ranked = [];
  for (let i = 0; i < relevance2.length; i++) if (relevance2[i] > 0) ranked.push(i);
  ranked.sort((a, b) => relevance2[b] - relevance2[a] || a - b);
  let usedTokens = 0;
  for (const doc of chosen.keys()) usedTokens += tokens[doc];
  let picked = 0;
  for (const doc of ranked) {
    if (picked >= options.maxRelevant) break;
    const threshold = favoured.has(doc) ? options.threshold / 2 : options.threshold;
    if (picked >= options.minTools && relevance2[doc] < threshold) {
      if (favoured.size === 0 || relevance2[doc] < options.threshold / 2) break;
      continue;
    }
    if (chosen.has(doc)) {
      for (const r of reasonOf(doc)) choose(chosen, doc, r);
      continue;
    }
    if (options.maxTools !== void 0 && chosen.size >= options.maxTools) break;
    if (options.maxTokens !== void 0 && usedTokens + tokens[doc] > options.maxTokens) continue;
    for (const r of reasonOf(doc)) choose(chosen, doc, r);
    usedTokens += tokens[doc];
    picked++;
  }
}
function fill(chosen, docs, tokens, options, reason) {
  let usedTokens = 0;
  for (const doc of chosen.keys()) usedTokens += tokens[doc];
  for (const doc of docs) {
    if (chosen.has(doc)) continue;
    if (options.maxTools !== void 0 && chosen.size >= options.maxTools) break;
    if (options.maxTokens !== void 0 && usedTokens + tokens[doc] > options.maxTokens) continue;
    choose(chosen, doc, reason);
    usedTokens += tokens[doc];
  }
}

// src/prefilter/synonyms.ts
var BUILT_IN_SYNONYMS = [
  ["find", "search", "lookup", "look", "locate", "discover", "query"],
  ["get", "fetch", "retrieve", "obtain", "read"],
  ["list", "enumerate", "browse"],
  ["create", "add", "new", "make", "generate", "open"],
  ["update", "edit", "modify", "change", "set", "adjust"],
  ["delete", "remove", "erase", "cancel", "drop"],
  ["send", "post", "submit", "share", "publish"],
  ["calculate", "compute", "estimate", "calc", "determine"],
  ["convert", "transform", "translate", "exchange"],
  ["price", "cost", "fee", "charge", "rate", "fare", "expensive", "cheap"],
  ["buy", "purchase", "order", "shop", "shopping"],
  ["book", "reserve", "reservation", "booking"],
  ["weather", "forecast", "temperature", "rain", "snow", "wind", "climate"],
  ["car", "vehicle", "auto", "automobile", "truck"],
  ["movie", "film", "cinema"],
  ["music", "song", "track", "album", "playlist"],
  ["news", "headline", "article"],
  ["restaurant", "food", "dining", "eat", "meal", "dinner", "lunch", "recipe", "grocery", "groceries"],
  ["hotel", "lodging", "accommodation", "stay", "room"],
  ["flight", "fly", "airline", "plane", "airport"],
  ["trip", "travel", "journey", "itinerary", "vacation", "tour"],
  ["route", "directions", "navigate", "navigation", "distance", "drive", "far", "miles"],
  ["map", "location", "place", "address", "nearby", "near"],
  ["time", "clock", "hour", "date", "today", "now"],
  ["schedule", "calendar", "event", "appointment", "meeting"],
  ["remind", "reminder", "alert", "notify", "notification"],
  ["money", "finance", "financial", "budget", "spending", "expense"],
  ["expense", "spend", "spent", "paid", "pay", "payment", "bill"],
  ["height", "tall", "high", "clearance"],
  ["maintenance", "service", "repair", "fix", "mechanic"],
  ["income", "earnings", "salary", "revenue", "earn", "profit", "paycheck", "wage"],
  ["stock", "share", "market", "ticker", "invest", "investment"],
  ["currency", "dollar", "euro", "forex"],
  ["email", "mail", "inbox", "message"],
  ["user", "account", "profile", "member"],
  ["picture", "image", "photo", "photograph"],
  ["video", "clip", "youtube"],
  ["doctor", "medical", "health", "symptom", "disease", "clinic"],
  ["job", "career", "employment", "hire", "hiring", "resume"],
  ["law", "legal", "lawyer", "court", "case"],
  ["home", "house", "property", "apartment", "rent", "estate"],
  ["game", "play", "gaming"],
  ["sport", "team", "match", "score", "league"],
  ["word", "dictionary", "definition", "meaning", "define"],
  ["language", "translation", "translate"],
  ["pdf", "document", "file", "doc"],
  ["website", "web", "page", "url", "site", "link"],
  ["summary", "summarize", "summarise", "overview", "brief"],
  ["analyze", "analyse", "analysis", "evaluate", "assess", "check"],
  ["statistic", "stats", "metric", "data", "information", "info", "detail"],
  ["big", "large", "size", "dimension"],
  ["number", "count", "amount", "quantity", "total"],
  ["review", "rating", "opinion", "feedback"],
  ["learn", "course", "study", "education", "tutor", "teach"],
  ["repository", "repo", "project"],
  ["issue", "ticket", "bug"],
  ["pull", "pr", "merge"],
  ["commit", "change", "diff"],
  ["branch", "ref"],
  ["release", "version", "tag"],
  ["workflow", "action", "pipeline", "ci", "job", "run"],
  ["add", "sum", "plus", "total", "addition"],
  ["multiply", "product", "times", "multiplication"],
  ["subtract", "minus", "difference", "subtraction"],
  ["divide", "division", "quotient", "ratio"],
  ["combine", "merge", "join", "concatenate", "concat"],
  ["sort", "order", "arrange", "rank", "ascending", "descending"],
  ["rent", "rental", "lease", "hire"],
  ["event", "activity", "concert", "show", "festival", "entertainment", "things to do"],
  ["ride", "taxi", "cab", "uber", "lyft"],
  ["bus", "coach"],
  ["train", "rail", "railway"],
  ["fuel", "gas", "gasoline", "petrol", "diesel"],
  ["campground", "campsite", "camping", "camp", "rv"],
  ["friend", "social", "follow", "follower"]
];
function synonymMap(extra = []) {
  const map = /* @__PURE__ */ new Map();
  for (const group of [...BUILT_IN_SYNONYMS, ...extra]) {
    const stems2 = [...new Set(group.flatMap((w) => words(w)).map(stem))];
    for (const s of stems2) {
      const related = map.get(s) ?? /* @__PURE__ */ new Set();
      for (const other of stems2) if (other !== s) related.add(other);
      map.set(s, related);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v].sort()]));
}

// src/prefilter/prefilter.ts
var ToolPrefilter = class {
  index;
  counting;
  core;
  rules;
  synonyms;
  cutOptions;
  scoring;
  contextBoost;
  /**
   * Indexes the tools.
   * @param tools the catalogue, e.g. from {@link parseToolFile} or {@link readTools}
   */
  constructor(tools, options = {}) {
    const serialisation = options.serialisation ?? "auto";
    this.index = buildIndex(tools, {
      serialisation,
      aliases: options.aliases ?? {},
      categories: options.categories ?? {},
      ...options.weights ? { weights: options.weights } : {}
    });
    this.counting = tokenCounting(tools, serialisation);
    this.core = (options.coreTools ?? []).map((name) => this.index.byName.get(name)).filter((i) => i !== void 0);
    this.rules = {
      pages: options.pages ?? {},
      companions: options.companions ?? {},
      recentLimit: options.recentLimit ?? 3
    };
    this.synonyms = synonymMap(options.synonyms ?? []);
    this.cutOptions = cutFor(
      {
        ...DEFAULT_CUT,
        ...options.cut,
        ...options.maxTools !== void 0 ? { maxTools: options.maxTools } : {},
        ...options.maxTokens !== void 0 ? { maxTokens: options.maxTokens } : {}
      },
      tools.length
    );
    this.scoring = { ...DEFAULT_SCORING, ...options.scoring };
    this.contextBoost = options.contextBoost ?? 0.5;
  }
  /** Names of the core tools present in the catalogue, in their order. */
  get coreToolNames() {
    return this.core.map((i) => this.index.tools[i].name);
  }
  /**
   * Chooses the tools for one message.
   * @param message the user's message; empty is allowed (the fallback decides)
   * @param context page, app state, recent tools, earlier turns; unknown keys are ignored
   */
  filter(message, context = {}) {
    const index = this.index;
    const text = typeof message === "string" ? message : "";
    const query = buildQuery(text, this.synonyms, this.scoring);
    const history = historyText(context.turns);
    if (history)
      mergeQuery(query, buildQuery(history, this.synonyms, this.scoring, this.scoring.historyWeight));
    widenQuery(index, query, this.scoring);
    const parts = clauses(text).map(
      (c) => widenQuery(index, buildQuery(c, this.synonyms, this.scoring), this.scoring)
    );
    const scored = relevance(index, query, parts, this.scoring);
    const onPage = contextTools(index, context, this.rules);
    const named = toolsOfCategoryTerms(index, new Set(terms(text)));
    const recent = recentTools(index, context, this.rules.recentLimit);
    const companions = companionTools(index, recent.slice(0, 1), this.rules);
    const r = scored.relevance;
    for (const i of [...onPage, ...named, ...companions])
      if (r[i] > 0) r[i] = r[i] * (1 + this.contextBoost);
    const chosen = /* @__PURE__ */ new Map();
    for (const i of this.core) choose(chosen, i, "core");
    for (const i of recent) choose(chosen, i, "recent");
    for (const i of companions) choose(chosen, i, "companion");
    const fallback = scored.best <= 0;
    if (fallback) {
      const contextual = [...onPage].sort((a, b) => a - b);
      fill(chosen, contextual, index.tokens, this.cutOptions, "context");
      if (contextual.length === 0 && recent.length === 0)
        fill(chosen, index.tools.keys(), index.tokens, this.cutOptions, "fallback");
    } else {
      const reasonOf = (doc) => {
        const reasons = ["relevance"];
        if (onPage.has(doc)) reasons.push("context");
        if (named.has(doc)) reasons.push("category");
        if (companions.has(doc)) reasons.push("companion");
        return reasons;
      };
      cut(chosen, r, index.tokens, this.cutOptions, reasonOf, /* @__PURE__ */ new Set([...onPage, ...named]));
    }
    return this.result(chosen, r, fallback);
  }
  /** Core tools first in config order, then the rest in catalogue order: a stable, cacheable prefix. */
  result(chosen, r, fallback) {
    const coreSet = new Set(this.core);
    const rest = [...chosen.keys()].filter((i) => !coreSet.has(i)).sort((a, b) => a - b);
    const order = [...this.core, ...rest];
    const tools = order.map((doc) => ({
      name: this.index.tools[doc].name,
      reasons: chosen.get(doc).reasons,
      relevance: Math.round(Math.min(1, r[doc]) * 1e3) / 1e3,
      tokens: this.index.tokens[doc],
      definition: this.index.tools[doc].definition
    }));
    const kept = tools.reduce((a, t) => a + t.tokens, 0);
    const total = this.index.totalTokens;
    return { tools, fallback, tokens: { kept, total, reduction: total === 0 ? 0 : 1 - kept / total } };
  }
};

// src/prefilter/settings.ts
function optionsFromConfig(config, coreOverride) {
  return {
    coreTools: coreOverride ?? config["core-tools"],
    ...config["max-tools"] !== void 0 ? { maxTools: config["max-tools"] } : {},
    ...config["max-tokens"] !== void 0 ? { maxTokens: config["max-tokens"] } : {},
    aliases: config.aliases ?? {},
    categories: config.categories ?? {},
    pages: config.pages ?? {},
    companions: config.companions ?? {},
    synonyms: config.synonyms ?? [],
    recentLimit: config["recent-limit"],
    serialisation: config.serialisation
  };
}
function gatesFromConfig(config) {
  return {
    minTokenReduction: config["min-token-reduction"],
    minCompleteness: config["min-completeness"],
    targetTokenReduction: config["target-token-reduction"]
  };
}

// src/prefilter/formats.ts
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function detectFormat(value) {
  if (!isObject2(value)) return void 0;
  if (value.type === "function" && isObject2(value.function)) return "openai";
  if ("input_schema" in value) return "anthropic";
  if ("inputSchema" in value) return "mcp";
  if ("name" in value || "parameters" in value || "description" in value) return "function";
  return void 0;
}
function fieldsOf(value, format2) {
  switch (format2) {
    case "openai": {
      const fn = value.function;
      return { name: fn.name, description: fn.description, schema: fn.parameters };
    }
    case "anthropic":
      return { name: value.name, description: value.description, schema: value.input_schema };
    case "mcp":
      return { name: value.name, description: value.description, schema: value.inputSchema };
    case "function":
      return { name: value.name, description: value.description, schema: value.parameters };
  }
}
function schemaProblem(schema) {
  if (schema === void 0) return void 0;
  if (!isObject2(schema)) return `parameters must be a JSON Schema object, got ${describe(schema)}`;
  if (schema.type !== void 0 && schema.type !== "object" && schema.type !== "dict") {
    return `parameters must have "type": "object", got ${JSON.stringify(schema.type)}`;
  }
  if (schema.properties !== void 0 && !isObject2(schema.properties)) {
    return `parameters.properties must be an object, got ${describe(schema.properties)}`;
  }
  if (schema.required !== void 0 && !Array.isArray(schema.required)) {
    return `parameters.required must be an array, got ${describe(schema.required)}`;
  }
  return void 0;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `string ${JSON.stringify(value)}` : typeof value;
}
function readTool(value, index) {
  const format2 = detectFormat(value);
  if (!format2) {
    return { index, message: "not a tool definition (expected OpenAI, Anthropic or MCP format)" };
  }
  const { name, description, schema } = fieldsOf(value, format2);
  if (typeof name !== "string" || name.trim() === "") {
    return { index, message: `missing tool name (${format2} format needs a non-empty string "name")` };
  }
  const problem = schemaProblem(schema);
  if (problem) return { index, name, message: `tool ${name}: ${problem}` };
  if (description !== void 0 && typeof description !== "string") {
    return {
      index,
      name,
      message: `tool ${name}: description must be a string, got ${describe(description)}`
    };
  }
  const category = isObject2(value) && typeof value.category === "string" ? value.category : void 0;
  return {
    name,
    description: description ?? "",
    parameters: schema ?? {},
    format: format2,
    definition: value,
    ...category ? { category } : {}
  };
}
function readTools(values) {
  const tools = [];
  const problems = [];
  const firstIndex = /* @__PURE__ */ new Map();
  values.forEach((value, index) => {
    const read = readTool(value, index);
    if ("message" in read) {
      problems.push(read);
      return;
    }
    const first = firstIndex.get(read.name);
    if (first !== void 0) {
      problems.push({
        index,
        name: read.name,
        message: `duplicate tool name ${read.name} (first at index ${first})`
      });
      return;
    }
    firstIndex.set(read.name, index);
    tools.push(read);
  });
  return { tools, problems };
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/prefilter/tool-file.ts
var ToolFileError = class extends ConfigurationError {
  problems;
  constructor(problems) {
    const [first, ...rest] = problems;
    const more = rest.map((p) => `
  ${where(p.position)}: ${label(p)}`);
    super(`${label(first)}${more.join("")}`, { position: first.position });
    this.problems = problems;
  }
};
function label(problem) {
  return problem.index >= 0 ? `tools[${problem.index}]: ${problem.message}` : problem.message;
}
function where(position) {
  return [position.file, position.line, position.column].filter((p) => p !== void 0).join(":");
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function definitionsNode(root) {
  if (root.type === "array") return root;
  if (root.type !== "object") return void 0;
  const tools = root.children?.find((p) => p.children?.[0]?.value === "tools")?.children?.[1];
  return tools?.type === "array" ? tools : void 0;
}
function parseToolFile(text, file) {
  const errors = [];
  const root = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = first ? { file, ...lineColumn(text, first.offset) } : { file };
    const code = first ? printParseErrorCode(first.error) : "empty file";
    throw new ToolFileError([{ index: -1, message: `invalid JSON (${code})`, position: at }]);
  }
  const array = definitionsNode(root);
  if (!array) {
    throw new ToolFileError([
      {
        index: -1,
        message: 'expected a JSON array of tool definitions or an object with a "tools" array',
        position: { file, ...lineColumn(text, root.offset) }
      }
    ]);
  }
  const elements = array.children ?? [];
  const values = JSON.parse(text.slice(array.offset, array.offset + array.length));
  const { tools, problems } = readTools(values);
  if (problems.length > 0) {
    throw new ToolFileError(
      problems.map((p) => ({
        ...p,
        position: { file, ...lineColumn(text, elements[p.index]?.offset ?? 0) }
      }))
    );
  }
  return tools;
}

// src/prefilter/compare.ts
var DEFAULT_TOLERANCE = { completeness: 0, tokenReduction: 0.01 };
var pct2 = (x) => `${(x * 100).toFixed(1)}%`;
var signed = (x, unit, digits = 1) => `${x > 0 ? "+" : ""}${x.toFixed(digits)}${unit}`;
function compareBenchmarks(base, head, tolerance = DEFAULT_TOLERANCE) {
  const findings = [];
  const regress = (rule, message) => findings.push({ rule, severity: "HIGH", message });
  if (base) {
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
      pct2(base.tokenReduction.mean),
      pct2(head.tokenReduction.mean),
      signed((head.tokenReduction.mean - base.tokenReduction.mean) * 100, " pt")
    ),
    row(
      "completeness",
      pct2(base.completeness),
      pct2(head.completeness),
      signed((head.completeness - base.completeness) * 100, " pt")
    ),
    row(
      "tool recall",
      pct2(base.toolRecall),
      pct2(head.toolRecall),
      signed((head.toolRecall - base.toolRecall) * 100, " pt")
    ),
    row(
      "core tools kept",
      pct2(base.coreKept),
      pct2(head.coreKept),
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
    row("token reduction (mean)", "", pct2(head.tokenReduction.mean), ""),
    row("completeness", "", pct2(head.completeness), ""),
    row("core tools kept", "", pct2(head.coreKept), "")
  ];
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
        table: { columns: ["metric", "base", "head", "change"], rows }
      }
    ],
    data: { base: base ?? null, head, regression: !ok }
  };
}

// src/prefilter/benchmark-sources.ts
function benchmarkSources(tools, cases, config, coreOverride) {
  const prefilter = new ToolPrefilter(
    parseToolFile(tools.text, tools.name),
    optionsFromConfig(config, coreOverride)
  );
  const names = new Set(prefilter.index.tools.map((t) => t.name));
  const run = runBenchmark(prefilter, parseCases(cases.text, cases.name, names));
  const report = benchmarkReport(run, prefilter, gatesFromConfig(config), {
    tools: tools.name,
    cases: cases.name
  });
  return { run, report, prefilter };
}

export {
  runBenchmark,
  benchmarkReport,
  CasesFileError,
  parseCases,
  toolTokens,
  tokenCounting,
  ToolPrefilter,
  optionsFromConfig,
  gatesFromConfig,
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  printParseErrorCode,
  detectFormat,
  readTools,
  ToolFileError,
  parseToolFile,
  benchmarkSources,
  compareBenchmarks
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  parseTree,
  printParseErrorCode
} from "./chunk-X3IRMFFO.js";
import {
  countTokens,
  formatFunctionDefinitions
} from "./chunk-BOBXEPTZ.js";
import {
  ConfigurationError
} from "./chunk-KA2W5GDI.js";

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
var NAMING_STOP_WORDS = new Set(
  "like want need help make show tell give know let sure up down out over again more yes no".split(" ")
);
function namesSomething(word) {
  return NAMING_STOP_WORDS.has(word);
}
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
function terms(text, keep) {
  const out = [];
  for (const w of words(text)) {
    if (isStopWord(w) && !keep?.has(w)) continue;
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
    const configured = rules.companions[index.tools[doc].name];
    if (configured) {
      for (const name of configured) {
        const i = index.byName.get(name);
        if (i !== void 0) out.add(i);
      }
    } else for (const i of rules.derived?.get(doc) ?? []) out.add(i);
  }
  return out;
}
function historyText(turns) {
  if (!Array.isArray(turns)) return "";
  const user = turns.map((t) => typeof t === "string" ? t : t && (t.role ?? "user") === "user" ? t.content : void 0).filter((t) => typeof t === "string");
  return user.slice(-2).join("\n");
}

// src/prefilter/companions.ts
var VERBS = new Set(
  "create add new make insert post get fetch read list find search show view update edit modify change set patch rename move delete remove cancel clear archive restore undo book reschedule save mark toggle enable disable start stop".split(" ")
);
var MAX_GROUP = 6;
function nounOf(name) {
  const parts = words(name);
  if (parts.length < 2 || !VERBS.has(parts[0])) return void 0;
  return parts.slice(1).map(stem).join(" ");
}
function derivedCompanions(names) {
  const groups = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    const noun = nounOf(name);
    if (noun === void 0) return;
    const group = groups.get(noun) ?? [];
    group.push(i);
    groups.set(noun, group);
  });
  const out = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_GROUP) continue;
    for (const i of group)
      out.set(
        i,
        group.filter((j) => j !== i)
      );
  }
  return out;
}

// src/prefilter/core-tools.ts
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(row[j - 1] + 1, previous[j] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
function closestNames(name, catalogue) {
  const own = words(name);
  const nouns = new Set(own.length > 1 ? own.slice(1) : own);
  const scored = catalogue.map((candidate) => {
    const theirs = words(candidate);
    const shared = theirs.filter((w) => nouns.has(w)).length;
    const edits = distance(name.toLowerCase(), candidate.toLowerCase());
    return { candidate, shared, edits };
  }).filter((s) => s.shared > 0 || s.edits <= Math.max(2, Math.floor(name.length / 4)));
  scored.sort((a, b) => b.shared - a.shared || a.edits - b.edits || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, 3).map((s) => s.candidate);
}
function missingCoreTools(core, catalogue) {
  const present = new Set(catalogue);
  return core.filter((name) => !present.has(name)).map((name) => ({ name, suggestions: closestNames(name, catalogue) }));
}
function describeMissing(missing) {
  return missing.suggestions.length > 0 ? `${missing.name} (did you mean ${missing.suggestions.join(" or ")}?)` : missing.name;
}

// src/prefilter/gates.ts
function coreShare(index, core) {
  const coreTokens = core.reduce((a, i) => a + index.tokens[i], 0);
  const totalTokens = index.totalTokens;
  return {
    coreTokens,
    totalTokens,
    attainableReduction: totalTokens === 0 ? 0 : 1 - coreTokens / totalTokens
  };
}
function suggestedGate(share) {
  return Math.max(0, Math.floor(share.attainableReduction * 0.9 * 100) / 100);
}
var pct = (x) => `${(x * 100).toFixed(1)}%`;
function impossibleGate(minTokenReduction, share, coreNames) {
  if (minTokenReduction <= share.attainableReduction) return void 0;
  return `prefilter.min-token-reduction is ${pct(minTokenReduction)}, but the ${coreNames.length} core tools (${coreNames.join(", ")}) are ${pct(1 - share.attainableReduction)} of the catalogue's ${share.totalTokens} tokens, so no filter that sends them can save more than ${pct(share.attainableReduction)}. Set min-token-reduction to ${suggestedGate(share)} or less, or move tools out of core-tools.`;
}
function assertGatePossible(minTokenReduction, share, coreNames, position) {
  const why = impossibleGate(minTokenReduction, share, coreNames);
  if (why)
    throw new ConfigurationError(why, {
      key: "prefilter.min-token-reduction",
      ...position ? { position } : {}
    });
}

// src/prefilter/dense.ts
var NAME_WEIGHT = 2;
var PARAMETER_WEIGHT = 0.5;
function addWords(into, text, weight, vectors, idf) {
  for (const w of words(text)) {
    if (w.length < 2 || isStopWord(w)) continue;
    const v = vectors.vector(w);
    if (!v) continue;
    const k = weight * vectors.weight(w) * idf(w);
    for (let d = 0; d < into.length; d++) into[d] += k * v[d];
  }
}
function normalise(v) {
  let n = 0;
  for (const x of v) n += x * x;
  if (n === 0) return false;
  const inv = 1 / Math.sqrt(n);
  for (let d = 0; d < v.length; d++) v[d] *= inv;
  return true;
}
function idfOf(index) {
  let max = 0;
  let sum = 0;
  for (const v of index.idf.values()) {
    max = Math.max(max, v);
    sum += v;
  }
  const mean = index.idf.size > 0 ? sum / index.idf.size : 1;
  return (word) => (index.idf.get(stem(word)) ?? mean) / (max || 1);
}
function buildDense(index, vectors) {
  const dims = vectors.dimensions;
  const rows = new Float32Array(index.tools.length * dims);
  const idf = idfOf(index);
  index.tools.forEach((tool, i) => {
    const row = rows.subarray(i * dims, (i + 1) * dims);
    addWords(row, tool.name, NAME_WEIGHT, vectors, idf);
    addWords(row, tool.description, 1, vectors, idf);
    const properties = tool.parameters.properties;
    if (properties && typeof properties === "object")
      addWords(row, Object.keys(properties).join(" "), PARAMETER_WEIGHT, vectors, idf);
    normalise(row);
  });
  return { vectors, rows, idf };
}
function denseRelevance(index, dense, text) {
  const dims = dense.vectors.dimensions;
  const n = index.tools.length;
  const out = new Float64Array(n);
  const query = new Float32Array(dims);
  addWords(query, text, 1, dense.vectors, dense.idf);
  if (!normalise(query)) return { relevance: out, best: 0 };
  let best = -1;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let dot = 0;
    const base = i * dims;
    for (let d = 0; d < dims; d++) dot += query[d] * dense.rows[base + d];
    out[i] = dot;
    sum += dot;
    if (dot > best) best = dot;
  }
  const floor = sum / n;
  const span = best - floor;
  for (let i = 0; i < n; i++) out[i] = span > 0 ? Math.max(0, (out[i] - floor) / span) : 0;
  return { relevance: out, best };
}
function blend(lexical, dense, options) {
  const r = lexical.relevance;
  if (lexical.best <= 0) {
    if (dense.best < options.denseFloor) return;
    r.set(dense.relevance);
    lexical.best = dense.best;
    return;
  }
  const w = options.denseWeight;
  if (options.denseMode === "max") {
    for (let i = 0; i < r.length; i++) r[i] = Math.max(r[i], w * dense.relevance[i]);
    return;
  }
  let max = 0;
  for (let i = 0; i < r.length; i++) {
    r[i] = (1 - w) * r[i] + w * dense.relevance[i];
    if (r[i] > max) max = r[i];
  }
  if (max > 0) for (let i = 0; i < r.length; i++) r[i] = r[i] / max;
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
  const visit = (properties, depth) => {
    if (typeof properties !== "object" || properties === null || depth > 2) return;
    for (const [name, value] of Object.entries(properties)) {
      names.push(name);
      if (typeof value !== "object" || value === null) continue;
      const prop = value;
      if (typeof prop.description === "string") texts.push(prop.description);
      if (Array.isArray(prop.enum)) texts.push(prop.enum.filter((e) => typeof e === "string").join(" "));
      visit(prop.properties, depth + 1);
      const items = prop.items;
      if (items && typeof items === "object") visit(items.properties, depth + 1);
    }
  };
  visit(schema.properties, 0);
  return { names, texts };
}
function addTerms(into, text, weight, keep) {
  if (weight <= 0) return;
  for (const term of terms(text, keep)) into.set(term, (into.get(term) ?? 0) + weight);
}
function nameStopWords(tools) {
  const keep = /* @__PURE__ */ new Set();
  for (const tool of tools)
    for (const w of words(tool.name)) if (isStopWord(w) && namesSomething(w)) keep.add(w);
  return keep;
}
function toolTerms(tool, aliases, category, weights, keep = /* @__PURE__ */ new Set()) {
  const tf = /* @__PURE__ */ new Map();
  addTerms(tf, tool.name, weights.name, keep);
  addTerms(tf, aliases.join(" "), weights.name, keep);
  addTerms(tf, tool.description, weights.description, keep);
  const params = parameterTexts(tool.parameters);
  addTerms(tf, params.names.join(" "), weights.parameterNames, keep);
  addTerms(tf, params.texts.join(" "), weights.parameterText, keep);
  if (category) addTerms(tf, category, weights.category, keep);
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
  const keep = nameStopWords(tools);
  tools.forEach((tool, doc) => {
    byName.set(tool.name, doc);
    const tf = toolTerms(tool, options.aliases?.[tool.name] ?? [], categories[doc], weights, keep);
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
    extensions,
    keep
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
  clauseDamping: 0.5,
  denseWeight: 0.3,
  denseFloor: 0.5,
  denseMode: "max"
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
function buildQuery(text, synonyms, options, weight = 1, keep) {
  const query = /* @__PURE__ */ new Map();
  for (const term of terms(text, keep)) query.set(term, Math.min(2 * weight, (query.get(term) ?? 0) + weight));
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
  /** Core tools as configured, present or not: a missing one counts as not kept. */
  configuredCore;
  /** Configured core tools the catalogue lacks, with likely intended names. */
  missingCore;
  core;
  rules;
  synonyms;
  cutOptions;
  scoring;
  contextBoost;
  dense;
  /**
   * Indexes the tools.
   * @param tools the catalogue, e.g. from {@link parseToolFile} or {@link readTools}
   */
  constructor(tools, options = {}) {
    const serialisation = options.serialisation ?? "auto";
    this.scoring = { ...DEFAULT_SCORING, ...options.scoring };
    this.index = buildIndex(tools, {
      serialisation,
      aliases: options.aliases ?? {},
      categories: options.categories ?? {},
      ...options.weights ? { weights: options.weights } : {}
    });
    this.counting = tokenCounting(tools, serialisation);
    this.configuredCore = [...new Set(options.coreTools ?? [])];
    this.missingCore = missingCoreTools(
      this.configuredCore,
      tools.map((t) => t.name)
    );
    this.core = this.configuredCore.map((name) => this.index.byName.get(name)).filter((i) => i !== void 0);
    this.rules = {
      pages: options.pages ?? {},
      companions: options.companions ?? {},
      derived: derivedCompanions(tools.map((t) => t.name)),
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
    this.contextBoost = options.contextBoost ?? 0.5;
    const vectors = options.vectors ?? null;
    this.dense = vectors && this.scoring.denseWeight > 0 ? buildDense(this.index, vectors) : void 0;
  }
  /** What the core tools cost on every request, and what that leaves to save. */
  get coreShare() {
    return coreShare(this.index, this.core);
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
    const keep = index.keep;
    const query = buildQuery(text, this.synonyms, this.scoring, 1, keep);
    const history = historyText(context.turns);
    if (history)
      mergeQuery(query, buildQuery(history, this.synonyms, this.scoring, this.scoring.historyWeight, keep));
    widenQuery(index, query, this.scoring);
    const parts = clauses(text).map(
      (c) => widenQuery(index, buildQuery(c, this.synonyms, this.scoring, 1, keep), this.scoring)
    );
    const scored = relevance(index, query, parts, this.scoring);
    if (this.dense) blend(scored, denseRelevance(index, this.dense, text), this.scoring);
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
  /**
   * Every tool that matches a query, best first, by the same relevance as {@link filter} (no
   * context, no budget): what a `find_tools` call returns.
   */
  rank(query) {
    const index = this.index;
    const q = widenQuery(index, buildQuery(query, this.synonyms, this.scoring, 1, index.keep), this.scoring);
    const scored = relevance(index, q, [], this.scoring);
    if (this.dense) blend(scored, denseRelevance(index, this.dense, query), this.scoring);
    const r = scored.relevance;
    const out = [];
    for (let i = 0; i < r.length; i++) if (r[i] > 0) out.push(i);
    return out.sort((a, b) => r[b] - r[a] || a - b);
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
function withAssociations(options, learned) {
  if (!learned) return options;
  const aliases = {};
  for (const source of [learned.aliases, options.aliases ?? {}])
    for (const [tool, words2] of Object.entries(source)) aliases[tool] = [...aliases[tool] ?? [], ...words2];
  return { ...options, aliases, companions: { ...learned.companions, ...options.companions } };
}
function gatesFromConfig(config) {
  return {
    minTokenReduction: config["min-token-reduction"],
    minCompleteness: config["min-completeness"],
    targetTokenReduction: config["target-token-reduction"]
  };
}

// src/prefilter/formats.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function detectFormat(value) {
  if (!isObject(value)) return void 0;
  if (value.type === "function" && isObject(value.function)) return "openai";
  if ("input_schema" in value) return "anthropic";
  if ("inputSchema" in value) return "mcp";
  if ("name" in value || "parameters" in value || "description" in value) return "function";
  return void 0;
}
function fieldsOf(value, format) {
  switch (format) {
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
  if (!isObject(schema)) return `parameters must be a JSON Schema object, got ${describe(schema)}`;
  if (schema.type !== void 0 && schema.type !== "object" && schema.type !== "dict") {
    return `parameters must have "type": "object", got ${JSON.stringify(schema.type)}`;
  }
  if (schema.properties !== void 0 && !isObject(schema.properties)) {
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
  const format = detectFormat(value);
  if (!format) {
    return { index, message: "not a tool definition (expected OpenAI, Anthropic or MCP format)" };
  }
  const { name, description, schema } = fieldsOf(value, format);
  if (typeof name !== "string" || name.trim() === "") {
    return { index, message: `missing tool name (${format} format needs a non-empty string "name")` };
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
  const category = isObject(value) && typeof value.category === "string" ? value.category : void 0;
  return {
    name,
    description: description ?? "",
    parameters: schema ?? {},
    format,
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

// src/prefilter/tool-file.ts
var ToolFileError = class extends ConfigurationError {
  name = "ToolFileError";
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
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
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

export {
  words,
  isStopWord,
  describeMissing,
  impossibleGate,
  assertGatePossible,
  toolTokens,
  tokenCounting,
  ToolPrefilter,
  optionsFromConfig,
  withAssociations,
  gatesFromConfig,
  detectFormat,
  readTools,
  ToolFileError,
  parseToolFile
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cosineRelevance,
  describeMissing,
  normalise,
  words
} from "./chunk-CLW7FOZR.js";

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

// src/prefilter/semantic.ts
import { createHash } from "node:crypto";
var EmbeddingCache = class _EmbeddingCache {
  vectors = /* @__PURE__ */ new Map();
  /** The key of a text's vector: the same text under another model is another vector. */
  static key(model, text) {
    return createHash("sha256").update(model).update("\0").update(text).digest("hex");
  }
  get(model, text) {
    return this.vectors.get(_EmbeddingCache.key(model, text));
  }
  set(model, text, vector) {
    this.vectors.set(_EmbeddingCache.key(model, text), vector);
  }
  get size() {
    return this.vectors.size;
  }
};
var processCache = new EmbeddingCache();
function toolEmbeddingText(tool) {
  const properties = tool.parameters.properties;
  const parameters = properties && typeof properties === "object" ? Object.keys(properties) : [];
  const name = words(tool.name).join(" ");
  return [`${name}: ${tool.description}`, parameters.length ? `Parameters: ${parameters.join(", ")}` : ""].filter((s) => s !== "").join("\n");
}
function unit(values) {
  const v = Float32Array.from(values);
  normalise(v);
  return v;
}
function reason(error) {
  return error instanceof Error ? error.message : String(error);
}
var SemanticIndex = class _SemanticIndex {
  constructor(provider, rows, dims, offlineReason, log) {
    this.provider = provider;
    this.rows = rows;
    this.dims = dims;
    this.offlineReason = offlineReason;
    this.log = log;
  }
  provider;
  rows;
  dims;
  offlineReason;
  log;
  warned = false;
  /** True when the filter runs on lexical relevance only. */
  get offline() {
    return this.offlineReason !== void 0;
  }
  /**
   * Embeds the prefilter's tools (only those the cache lacks). Never throws: a failing provider
   * gives an offline index and one warning.
   */
  static async prepare(prefilter, provider, options = {}) {
    const cache = options.cache ?? processCache;
    const texts = prefilter.index.tools.map(toolEmbeddingText);
    const offline = (why) => {
      options.log?.warning(`prefilter: embeddings unavailable (${why}); filtering offline`);
      return new _SemanticIndex(provider, new Float32Array(0), 0, why, options.log);
    };
    const missing = [...new Set(texts.filter((t) => !cache.get(provider.model, t)))];
    try {
      if (missing.length > 0) {
        const vectors = await provider.embed(missing);
        missing.forEach((text, i) => cache.set(provider.model, text, unit(vectors[i])));
      }
    } catch (error) {
      return offline(reason(error));
    }
    const dims = texts.length > 0 ? cache.get(provider.model, texts[0]).length : 0;
    const rows = new Float32Array(texts.length * dims);
    for (const [i, text] of texts.entries()) {
      const v = cache.get(provider.model, text);
      if (v.length !== dims)
        return offline(`the model returned vectors of ${v.length} and ${dims} dimensions`);
      rows.set(v, i * dims);
    }
    return new _SemanticIndex(provider, rows, dims, void 0, options.log);
  }
  /**
   * The dense signal of a message for {@link ToolPrefilter.filter}, or undefined when offline or
   * when embedding the message fails (warned once per index, so a dead provider does not flood logs).
   */
  async signal(message) {
    return (await this.signals([message]))[0].dense;
  }
  /**
   * What {@link ToolPrefilter.filter} takes for each of many messages (a benchmark's cases),
   * embedded in the provider's batches; `{}` for each when offline or when the provider fails.
   */
  async signals(messages) {
    const out = messages.map(() => ({}));
    if (this.offline) return out;
    const asked = [...messages.keys()].filter((i) => messages[i].trim() !== "");
    if (asked.length === 0) return out;
    try {
      const vectors = await this.provider.embed(asked.map((i) => messages[i]));
      asked.forEach((i, k) => {
        const query = unit(vectors[k]);
        if (query.length !== this.dims)
          throw new Error(`message vector has ${query.length} dimensions, tools ${this.dims}`);
        out[i] = { dense: cosineRelevance(this.rows, this.dims, query) };
      });
      return out;
    } catch (error) {
      if (!this.warned)
        this.log?.warning(`prefilter: embedding the message failed (${reason(error)}); filtering offline`);
      this.warned = true;
      return messages.map(() => ({}));
    }
  }
};
async function filterWithEmbeddings(prefilter, semantic, message, context = {}) {
  const dense = await semantic.signal(message);
  return prefilter.filter(message, context, dense ? { dense } : {});
}

export {
  filterReport,
  redactPersonalData,
  chainRedactors,
  EmbeddingCache,
  toolEmbeddingText,
  SemanticIndex,
  filterWithEmbeddings
};

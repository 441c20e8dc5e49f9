import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  createHttpClient,
  httpCall,
  redact
} from "./chunk-43CQW6Z7.js";

// src/prefilter/embeddings.ts
var EmbeddingsResponseError = class extends Error {
  name = "EmbeddingsResponseError";
};
function vectorsOfResponse(body, count) {
  const data = body?.data;
  if (!Array.isArray(data) || data.length !== count)
    throw new EmbeddingsResponseError(
      `expected ${count} embeddings in "data", got ${Array.isArray(data) ? data.length : "none"}`
    );
  const out = new Array(count);
  data.forEach((item, position) => {
    const index = typeof item.index === "number" ? item.index : position;
    const v = item.embedding;
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === "number" && Number.isFinite(x)))
      throw new EmbeddingsResponseError(`embedding ${index} is not a list of numbers`);
    if (index < 0 || index >= count || out[index]) throw new EmbeddingsResponseError(`bad index ${index}`);
    out[index] = v;
  });
  const dims = out[0].length;
  if (out.some((v) => v.length !== dims)) throw new EmbeddingsResponseError("embeddings differ in length");
  return out;
}
function openAiEmbeddings(options) {
  const http = createHttpClient({
    service: "Embeddings",
    baseURL: options.url.replace(/\/+$/, ""),
    headers: {
      "content-type": "application/json",
      ...options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}
    },
    timeoutMs: options.timeoutMs ?? 1e4,
    retries: options.retries ?? 2,
    retryBaseMs: options.retryBaseMs ?? 500,
    ...options.log ? { log: options.log } : {}
  });
  const batchSize = Math.max(1, options.batchSize ?? 64);
  return {
    model: options.model,
    async embed(texts) {
      const out = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const input = texts.slice(start, start + batchSize);
        const body = await httpCall(
          "Embeddings",
          `embed ${input.length} texts with ${options.model}`,
          () => http.post("/embeddings", { model: options.model, input }, { retryable: true })
        ).catch((error) => {
          if (error instanceof Error && options.apiKey)
            error.message = redact(error.message, [options.apiKey]);
          throw error;
        });
        out.push(...vectorsOfResponse(body, input.length));
      }
      return out;
    }
  };
}

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
    for (const [tool, words] of Object.entries(source)) aliases[tool] = [...aliases[tool] ?? [], ...words];
  return { ...options, aliases, companions: { ...learned.companions, ...options.companions } };
}
function gatesFromConfig(config) {
  return {
    minTokenReduction: config["min-token-reduction"],
    minCompleteness: config["min-completeness"],
    targetTokenReduction: config["target-token-reduction"]
  };
}
function embeddingsFromConfig(config, env, log, http = {}) {
  const settings = config.embeddings;
  if (!settings) return {};
  const keyEnv = settings["api-key-env"];
  const apiKey = keyEnv ? env[keyEnv]?.trim() : void 0;
  if (keyEnv && !apiKey)
    return { warning: `prefilter.embeddings: ${keyEnv} is not set; filtering offline without embeddings` };
  return {
    provider: openAiEmbeddings({
      url: settings.url,
      model: settings.model,
      ...apiKey ? { apiKey } : {},
      timeoutMs: settings["timeout-ms"],
      retries: settings.retries,
      ...http.retryBaseMs === void 0 ? {} : { retryBaseMs: http.retryBaseMs },
      ...log ? { log } : {}
    })
  };
}

export {
  EmbeddingsResponseError,
  openAiEmbeddings,
  optionsFromConfig,
  withAssociations,
  gatesFromConfig,
  embeddingsFromConfig
};

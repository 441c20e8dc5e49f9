import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_KEY_ENV,
  PROVIDERS,
  dedupeFindings,
  reviewFindingSchema
} from "./chunk-DEWBUOPC.js";
import {
  REPORT_MAX_BYTES,
  REVIEW_AGENTS,
  external_exports,
  readInputFile,
  reviewLlmSchema
} from "./chunk-XEJXVRDQ.js";
import {
  ConfigurationError,
  UserError
} from "./chunk-WONG65HV.js";

// src/review/artifact.ts
import { readdir, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
var ARTIFACT_FORMAT = "launchgate-review-findings/1";
var count = external_exports.number().int().min(0);
var llmSummarySchema = external_exports.object({
  provider: external_exports.string(),
  model: external_exports.string(),
  requests: count,
  usage: external_exports.object({ inputTokens: count, outputTokens: count, cachedInputTokens: count }),
  findings: count,
  dropped: external_exports.object({ "not-in-diff": count, "low-confidence": count, duplicate: count }),
  incomplete: external_exports.array(external_exports.enum(REVIEW_AGENTS))
});
var artifactSchema = external_exports.strictObject({
  format: external_exports.literal(ARTIFACT_FORMAT),
  agent: external_exports.enum(REVIEW_AGENTS),
  base: external_exports.string().regex(/^[0-9a-f]{40,64}$/),
  head: external_exports.string().regex(/^[0-9a-f]{40,64}$/),
  filesChanged: count,
  findings: external_exports.array(reviewFindingSchema),
  outsideDiff: count,
  failedAnalyzers: external_exports.array(external_exports.object({ name: external_exports.string(), error: external_exports.string() })),
  notices: external_exports.array(external_exports.string()),
  provider: external_exports.object({ requested: external_exports.enum(PROVIDERS), llm: external_exports.boolean() }),
  llm: llmSummarySchema.optional()
});
var ReviewArtifactError = class extends UserError {
  name = "ReviewArtifactError";
};
function toArtifact(agent, collection) {
  return {
    format: ARTIFACT_FORMAT,
    agent,
    base: collection.base,
    head: collection.head,
    filesChanged: collection.filesChanged,
    findings: collection.findings,
    outsideDiff: collection.outsideDiff,
    failedAnalyzers: collection.failedAnalyzers,
    notices: collection.notices,
    provider: collection.provider,
    ...collection.llm ? { llm: collection.llm } : {}
  };
}
async function writeArtifact(dir, artifact) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${artifact.agent}.json`);
  await writeFile(file, `${JSON.stringify(artifact, null, 2)}
`);
  return file;
}
function parseArtifact(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReviewArtifactError(`${file}: not a findings artifact (not JSON)`);
  }
  const result = artifactSchema.safeParse(json);
  if (result.success) return result.data;
  throw new ReviewArtifactError(
    `${file}: not a ${ARTIFACT_FORMAT} artifact (agent and aggregate actions of different launchgate versions?): ${external_exports.prettifyError(result.error).split("\n").slice(0, 4).join(" ")}`
  );
}
async function readArtifacts(dir) {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const files = entries.filter((e) => e.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (f) => {
      const file = path.join(dir, f);
      const text = await readInputFile(file, { what: "review artifact", maxBytes: REPORT_MAX_BYTES });
      return parseArtifact(text, file);
    })
  );
}
function unique(items, key = String) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
function mergeLlm(summaries) {
  const [first] = summaries;
  if (!first) return void 0;
  const sum = (pick) => summaries.reduce((n, s) => n + pick(s), 0);
  return {
    provider: first.provider,
    model: first.model,
    requests: sum((s) => s.requests),
    usage: {
      inputTokens: sum((s) => s.usage.inputTokens),
      outputTokens: sum((s) => s.usage.outputTokens),
      cachedInputTokens: sum((s) => s.usage.cachedInputTokens)
    },
    findings: sum((s) => s.findings),
    dropped: {
      "not-in-diff": sum((s) => s.dropped["not-in-diff"]),
      "low-confidence": sum((s) => s.dropped["low-confidence"]),
      duplicate: sum((s) => s.dropped.duplicate)
    },
    incomplete: summaries.flatMap((s) => s.incomplete)
  };
}
function mergeArtifacts(artifacts, expected) {
  const [first] = artifacts;
  if (!first) throw new ReviewArtifactError("no findings artifacts to aggregate: did every agent job fail?");
  const mixed = artifacts.find((a) => a.head !== first.head || a.base !== first.base);
  if (mixed) {
    throw new ReviewArtifactError(
      `findings of different commits: ${first.agent} reviewed ${first.base.slice(0, 12)}..${first.head.slice(0, 12)}, ${mixed.agent} ${mixed.base.slice(0, 12)}..${mixed.head.slice(0, 12)}; download only this run's artifacts`
    );
  }
  const twice = artifacts.find((a, i) => artifacts.findIndex((b) => b.agent === a.agent) !== i);
  if (twice)
    throw new ReviewArtifactError(
      `two findings artifacts of ${twice.agent}: download only this run's artifacts`
    );
  const ordered = [...artifacts].sort(
    (a, b) => REVIEW_AGENTS.indexOf(a.agent) - REVIEW_AGENTS.indexOf(b.agent)
  );
  const llm = mergeLlm(ordered.flatMap((a) => a.llm ? [a.llm] : []));
  const collection = {
    base: first.base,
    head: first.head,
    agents: [...expected],
    filesChanged: Math.max(...ordered.map((a) => a.filesChanged)),
    findings: dedupeFindings(ordered.flatMap((a) => a.findings)),
    outsideDiff: ordered.reduce((n, a) => n + a.outsideDiff, 0),
    failedAnalyzers: unique(
      ordered.flatMap((a) => a.failedAnalyzers),
      (f) => `${f.name}\0${f.error}`
    ),
    notices: unique(ordered.flatMap((a) => a.notices)),
    provider: { requested: first.provider.requested, llm: ordered.every((a) => a.provider.llm) },
    ...llm ? { llm } : {}
  };
  const sent = new Set(ordered.map((a) => a.agent));
  return { collection, missingAgents: expected.filter((a) => !sent.has(a)) };
}

// src/review/settings.ts
function agentsOf(list) {
  const names = list.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !REVIEW_AGENTS.includes(n));
  if (unknown.length > 0 || names.length === 0)
    throw new ConfigurationError(
      `agents: unknown agent ${unknown.join(", ") || "(none)"}; choose from ${REVIEW_AGENTS.join(", ")}`,
      { key: "agents" }
    );
  return REVIEW_AGENTS.filter((a) => names.includes(a));
}
function resolveReviewSettings(config, inputs) {
  const provider = inputs.provider || config.provider;
  if (!PROVIDERS.includes(provider))
    throw new ConfigurationError(`provider: ${provider} is not one of ${PROVIDERS.join(", ")}`, {
      key: "provider"
    });
  const llm = reviewLlmSchema.safeParse({
    ...config.llm,
    ...inputs.baseUrl ? { "base-url": inputs.baseUrl } : {},
    ...inputs.apiKeyEnv ? { "api-key-env": inputs.apiKeyEnv } : {}
  });
  if (!llm.success)
    throw new ConfigurationError(`base-url or api-key-env: ${llm.error.issues[0]?.message ?? "invalid"}`, {
      key: "llm"
    });
  const minScore = inputs.minScore ? Number(inputs.minScore) : config["min-score"];
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 10)
    throw new ConfigurationError(`min-score: a number from 0 to 10, got ${inputs.minScore}`, {
      key: "min-score"
    });
  const model = inputs.model || config.model;
  const name = provider;
  return {
    agents: inputs.agents ? agentsOf(inputs.agents) : [...config.agents],
    provider: name,
    ...model ? { model } : {},
    llm: llm.data,
    minScore,
    ...name === "offline" ? {} : { apiKeyEnv: llm.data["api-key-env"] ?? DEFAULT_KEY_ENV[name] }
  };
}

export {
  ARTIFACT_FORMAT,
  toArtifact,
  writeArtifact,
  readArtifacts,
  mergeArtifacts,
  resolveReviewSettings
};

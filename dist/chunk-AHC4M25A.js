import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewReport
} from "./chunk-AYA23I66.js";
import {
  toArtifact,
  writeArtifact
} from "./chunk-HWJVAYBP.js";
import {
  DEFAULT_KEY_ENV,
  PROVIDERS,
  collectReview,
  judgeReview
} from "./chunk-LLGYEC6S.js";
import {
  getInput,
  info,
  readCommonInputs,
  readRunContext,
  requiredInput,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-TMHFKGZV.js";
import {
  REVIEW_AGENTS,
  loadConfig,
  renderMarkdown,
  reviewLlmSchema
} from "./chunk-YOIBVPTW.js";
import {
  ConfigurationError
} from "./chunk-KA2W5GDI.js";

// src/actions/review-agent.ts
import { readFileSync } from "node:fs";
import path from "node:path";

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

// src/actions/review-agent.ts
function defaultFindingsDir(env = process.env) {
  return path.join(env.RUNNER_TEMP || ".", "launchgate", "review-findings");
}
function pullRequestText(env) {
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
    const pr = payload.pull_request;
    return pr?.title ? { title: pr.title, body: pr.body ?? "" } : void 0;
  } catch {
    return void 0;
  }
}
function agentSettings(review) {
  const settings = resolveReviewSettings(review, {
    agents: requiredInput("agent"),
    provider: getInput("provider"),
    model: getInput("model"),
    baseUrl: getInput("base-url"),
    apiKeyEnv: getInput("api-key-env")
  });
  const [agent, ...others] = settings.agents;
  if (!agent || others.length > 0)
    throw new ConfigurationError("agent: name exactly one agent per job (the matrix runs the others)", {
      key: "agent"
    });
  for (const name of /* @__PURE__ */ new Set([settings.apiKeyEnv, "ANTHROPIC_API_KEY", "OPENAI_API_KEY"]))
    if (name && process.env[name]) setSecret(process.env[name]);
  return { agent, settings };
}
async function writeSummary(agent, collection, minScore) {
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const report = reviewReport(judgeReview(collection, { waivers: [], minScore, today }), minScore);
  const n = collection.findings.length;
  const files = collection.filesChanged;
  report.title = `${agent}: ${n} finding${n === 1 ? "" : "s"} in ${files} changed file${files === 1 ? "" : "s"}, before waivers (the aggregate job applies them and gates)`;
  await summary.addRaw(renderMarkdown(report, { maxChars: Infinity }), true).write();
  return report.title;
}
async function reviewAgentAction() {
  const inputs = readCommonInputs();
  const context = readRunContext();
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
  const { agent, settings } = agentSettings(config.review);
  const base = getInput("base") || context.baseSha;
  const head = getInput("head") || context.headSha || "HEAD";
  if (!base)
    throw new ConfigurationError("base: no base commit; pass `base` or run on a pull_request event", {
      key: "base"
    });
  const pullRequest = pullRequestText(process.env);
  const collection = await collectReview({
    root: inputs.root,
    base,
    head,
    agents: [agent],
    provider: settings.provider,
    ...settings.model ? { model: settings.model } : {},
    llm: settings.llm,
    env: process.env,
    exclude: config.review.exclude,
    coveragePath: config.review.coverage,
    ...pullRequest ? { pullRequest } : {}
  });
  for (const notice of collection.notices) warning(`launchgate review (${agent}): ${notice}`);
  const artifact = toArtifact(agent, collection);
  const file = await writeArtifact(getInput("output-dir") || defaultFindingsDir(), artifact);
  setOutput("findings-file", file);
  setOutput("findings", String(collection.findings.length));
  setOutput("llm", String(collection.provider.llm && !collection.llm?.incomplete.length));
  info(await writeSummary(agent, collection, settings.minScore));
}

export {
  resolveReviewSettings,
  defaultFindingsDir,
  reviewAgentAction
};

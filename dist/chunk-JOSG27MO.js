import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  resolveReviewSettings,
  toArtifact,
  writeArtifact
} from "./chunk-AZVEL3SJ.js";
import {
  collectReview,
  judgeReview,
  reviewReport
} from "./chunk-DEWBUOPC.js";
import {
  writeJobSummary
} from "./chunk-S2W6HFKL.js";
import {
  runAction
} from "./chunk-DOYG3ACD.js";
import {
  setOutput
} from "./chunk-GHAYBQNU.js";
import {
  renderMarkdown
} from "./chunk-XOEPOA5U.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";

// src/actions/review-agent.ts
import path from "node:path";
function defaultFindingsDir(env = process.env) {
  return path.join(env.RUNNER_TEMP || ".", "launchgate", "review-findings");
}
function agentSettings(runtime, review) {
  const { request } = runtime;
  const settings = resolveReviewSettings(review, {
    agents: request.required("agent"),
    provider: request.text("provider"),
    model: request.text("model"),
    baseUrl: request.text("base-url"),
    apiKeyEnv: request.text("api-key-env")
  });
  const [agent, ...others] = settings.agents;
  if (!agent || others.length > 0)
    throw new ConfigurationError("agent: name exactly one agent per job (the matrix runs the others)", {
      key: "agent"
    });
  for (const name of /* @__PURE__ */ new Set([settings.apiKeyEnv, "ANTHROPIC_API_KEY", "OPENAI_API_KEY"])) {
    const value = name ? runtime.env[name] : void 0;
    if (value) runtime.mask(value);
  }
  return { agent, settings };
}
async function writeSummary(agent, collection, minScore, today) {
  const report = reviewReport(judgeReview(collection, { waivers: [], minScore, today }), minScore);
  const n = collection.findings.length;
  const files = collection.filesChanged;
  report.title = `${agent}: ${n} finding${n === 1 ? "" : "s"} in ${files} changed file${files === 1 ? "" : "s"}, before waivers (the aggregate job applies them and gates)`;
  await writeJobSummary(renderMarkdown(report, { maxChars: Infinity }));
  return report.title;
}
async function reviewAgentAction(runtime) {
  const { request } = runtime;
  const { config } = await runtime.config();
  const { agent, settings } = agentSettings(runtime, config.review);
  const event = runtime.event();
  const base = request.text("base") ?? event.baseSha;
  const head = request.text("head") ?? event.headSha ?? "HEAD";
  if (!base)
    throw new ConfigurationError("base: no base commit; pass `base` or run on a pull_request event", {
      key: "base"
    });
  const collection = await collectReview({
    root: runtime.root,
    base,
    head,
    agents: [agent],
    provider: settings.provider,
    ...settings.model ? { model: settings.model } : {},
    llm: settings.llm,
    env: runtime.env,
    exclude: config.review.exclude,
    coveragePath: config.review.coverage,
    ...event.pullRequest ? { pullRequest: event.pullRequest } : {}
  });
  for (const notice of collection.notices) runtime.logger.warning(`launchgate review (${agent}): ${notice}`);
  const artifact = toArtifact(agent, collection);
  const file = await writeArtifact(request.text("output-dir") ?? defaultFindingsDir(runtime.env), artifact);
  setOutput("findings-file", file);
  setOutput("findings", String(collection.findings.length));
  setOutput("llm", String(collection.provider.llm && !collection.llm?.incomplete.length));
  runtime.logger.info(await writeSummary(agent, collection, settings.minScore, runtime.today()));
}
var run = () => runAction("review-agent", reviewAgentAction);

export {
  defaultFindingsDir,
  reviewAgentAction,
  run
};

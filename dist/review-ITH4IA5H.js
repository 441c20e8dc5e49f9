import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import {
  PROVIDERS,
  parseAgents,
  reviewReport,
  runReview
} from "./chunk-DEWBUOPC.js";
import "./chunk-QHXWOCZB.js";
import "./chunk-BJE3TUIT.js";
import "./chunk-JC6K2LR6.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-TQIISSPJ.js";
import {
  isoDay
} from "./chunk-SPUF24IV.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  emitReport
} from "./chunk-4NM4Y4CI.js";
import {
  Option
} from "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import {
  loadConfig
} from "./chunk-XEJXVRDQ.js";
import {
  UsageError
} from "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/review.ts
function positiveInt(raw, flag) {
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 500)
    throw new UsageError(`${flag} must be an integer of at least 500, got ${String(raw)}`);
  return n;
}
function llmSettings(raw, config) {
  const budget = positiveInt(raw.tokenBudget, "--token-budget");
  if (raw.apiKeyEnv !== void 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(raw.apiKeyEnv)))
    throw new UsageError(
      `--api-key-env takes the NAME of an environment variable, got ${String(raw.apiKeyEnv)}`
    );
  return {
    ...config,
    ...raw.baseUrl !== void 0 ? { "base-url": String(raw.baseUrl) } : {},
    ...raw.apiKeyEnv !== void 0 ? { "api-key-env": String(raw.apiKeyEnv) } : {},
    ...budget !== void 0 ? { "token-budget": budget } : {}
  };
}
function minScoreOf(raw, fallback) {
  if (raw === void 0) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 10)
    throw new UsageError(`--min-score must be a number from 0 to 10, got ${String(raw)}`);
  return n;
}
function registerReview(program, io, done) {
  withCommonOptions(
    program.command("review").description("review the change between two commits with the 7 agents and apply the gate").requiredOption("--base <ref>", "the commit the change is based on (e.g. origin/main)").option("--head <ref>", "the commit to review", "HEAD").option("--agents <list>", "comma-separated agents (default: review.agents from the config)").addOption(
      new Option("--provider <name>", "LLM pass provider (default: review.provider)").choices([
        ...PROVIDERS
      ])
    ).option("--model <name>", "model of the LLM pass (default: review.model)").option("--base-url <url>", "OpenAI-compatible server or proxy (default: review.llm.base-url)").option(
      "--api-key-env <name>",
      "environment variable holding the API key (default: review.llm.api-key-env)"
    ).option("--token-budget <n>", "most diff tokens per LLM request (default: review.llm.token-budget)").option("--min-score <n>", "each area must score above this (default: review.min-score)").option("--coverage <file>", "lcov report (default: review.coverage)")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
    const minScore = minScoreOf(raw.minScore, config.review["min-score"]);
    const outcome = await runReview({
      root: options.root,
      base: String(raw.base),
      head: String(raw.head ?? "HEAD"),
      agents: raw.agents === void 0 ? config.review.agents : parseAgents(String(raw.agents)),
      provider: raw.provider ?? config.review.provider,
      minScore,
      waiversPath: config.review.waivers,
      exclude: config.review.exclude,
      coveragePath: String(raw.coverage ?? config.review.coverage),
      llm: llmSettings(raw, config.review.llm),
      ...raw.model !== void 0 || config.review.model ? { model: String(raw.model ?? config.review.model) } : {},
      env: io.env,
      today: isoDay(/* @__PURE__ */ new Date())
    });
    for (const notice of outcome.notices) io.stderr(`launchgate review: NOTICE: ${notice}
`);
    done(emitReport(io, reviewReport(outcome, minScore), options.format));
  });
}
export {
  registerReview
};

/**
 * `launchgate review --base <ref> [--head <ref>]`: the seven agents' review of the change between
 * two commits of a local repository (deterministic analyzers, then the LLM pass when a provider is
 * configured and its key is in the environment), and the gate. Exit 0 when the gate passes, 1 when
 * it fails, 2 for a usage or config mistake.
 */
import { Option, type Command } from 'commander'
import { cliRuntime } from '../../runtime/cli.js'
import type { ReviewLlmConfig } from '../../config/sections/review.js'
import { UsageError } from '../../errors.js'
import { parseAgents } from '../../review/agents.js'
import { PROVIDERS, type ProviderName } from '../../review/provider.js'
import { reviewReport } from '../../review/report.js'
import { runReview } from '../../review/run.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

function positiveInt(raw: unknown, flag: string): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 500)
    throw new UsageError(`${flag} must be an integer of at least 500, got ${String(raw)}`)
  return n
}

/** `review.llm` with the flags that override it. */
function llmSettings(raw: Record<string, unknown>, config: ReviewLlmConfig): ReviewLlmConfig {
  const budget = positiveInt(raw.tokenBudget, '--token-budget')
  if (raw.apiKeyEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(raw.apiKeyEnv)))
    throw new UsageError(
      `--api-key-env takes the NAME of an environment variable, got ${String(raw.apiKeyEnv)}`,
    )
  return {
    ...config,
    ...(raw.baseUrl !== undefined ? { 'base-url': String(raw.baseUrl) } : {}),
    ...(raw.apiKeyEnv !== undefined ? { 'api-key-env': String(raw.apiKeyEnv) } : {}),
    ...(budget !== undefined ? { 'token-budget': budget } : {}),
  }
}

function minScoreOf(raw: unknown, fallback: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n < 0 || n > 10)
    throw new UsageError(`--min-score must be a number from 0 to 10, got ${String(raw)}`)
  return n
}

export function registerReview(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('review')
      .description('review the change between two commits with the 7 agents and apply the gate')
      .requiredOption('--base <ref>', 'the commit the change is based on (e.g. origin/main)')
      .option('--head <ref>', 'the commit to review', 'HEAD')
      .option('--agents <list>', 'comma-separated agents (default: review.agents from the config)')
      .addOption(
        new Option('--provider <name>', 'LLM pass provider (default: review.provider)').choices([
          ...PROVIDERS,
        ]),
      )
      .option('--model <name>', 'model of the LLM pass (default: review.model)')
      .option('--base-url <url>', 'OpenAI-compatible server or proxy (default: review.llm.base-url)')
      .option(
        '--api-key-env <name>',
        'environment variable holding the API key (default: review.llm.api-key-env)',
      )
      .option('--token-budget <n>', 'most diff tokens per LLM request (default: review.llm.token-budget)')
      .option('--min-score <n>', 'each area must score above this (default: review.min-score)')
      .option('--coverage <file>', 'lcov report (default: review.coverage)'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const runtime = cliRuntime(io, options, raw)
    const { config } = await runtime.config()
    const minScore = minScoreOf(raw.minScore, config.review['min-score'])
    const outcome = await runReview({
      root: options.root,
      base: String(raw.base),
      head: String(raw.head ?? 'HEAD'),
      agents: raw.agents === undefined ? config.review.agents : parseAgents(String(raw.agents)),
      provider: (raw.provider as ProviderName | undefined) ?? config.review.provider,
      minScore,
      waiversPath: config.review.waivers,
      exclude: config.review.exclude,
      coveragePath: String(raw.coverage ?? config.review.coverage),
      llm: llmSettings(raw, config.review.llm),
      ...(raw.model !== undefined || config.review.model
        ? { model: String(raw.model ?? config.review.model) }
        : {}),
      env: runtime.env,
      today: runtime.today(),
      progress: (line) => runtime.logger.info(line),
    })
    // Notices go to stderr too: a skipped LLM pass or tool must be seen even when stdout is piped.
    for (const notice of outcome.notices) runtime.logger.info(`launchgate review: NOTICE: ${notice}`)
    done(emitReport(io, reviewReport(outcome, minScore), options.format))
  })
}

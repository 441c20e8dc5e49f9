/**
 * `launchgate review --base <ref> [--head <ref>]`: the seven agents' deterministic review of the
 * change between two commits of a local repository, and the gate. Exit 0 when the gate passes,
 * 1 when it fails, 2 for a usage or config mistake.
 */
import { Option, type Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { ExitCode, UsageError } from '../../errors.js'
import { parseAgents } from '../../review/agents.js'
import { PROVIDERS, type ProviderName } from '../../review/provider.js'
import { renderReviewJson, reviewReport } from '../../review/report.js'
import { runReview } from '../../review/run.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

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
      .option('--min-score <n>', 'each area must score above this (default: review.min-score)')
      .option('--coverage <file>', 'lcov report (default: review.coverage)'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
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
      today: new Date().toISOString().slice(0, 10),
    })
    // Notices go to stderr too: a skipped LLM pass or tool must be seen even when stdout is piped.
    for (const notice of outcome.notices) io.stderr(`launchgate review: NOTICE: ${notice}\n`)
    const report = reviewReport(outcome, minScore)
    if (options.format !== 'json') return done(emitReport(io, report, options.format))
    io.stdout(renderReviewJson(report))
    done(report.ok ? ExitCode.ok : ExitCode.gateFailed)
  })
}

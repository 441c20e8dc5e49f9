/**
 * Review tests run on real temporary git repositories: a base commit, a head commit, and the real
 * review use case between them. The CLI harness registers the real `review` command on a fresh
 * program, as `src/cli/main.ts` does, with the same error path.
 */
import { cli, type CliRun } from '../support/cli.js'
import { REVIEW_AGENTS } from '../../src/config/sections/review.js'
import type { ReviewAgent } from '../../src/review/findings.js'
import { runReview, type ReviewOptions, type ReviewOutcome } from '../../src/review/run.js'
import { createTempRepo, type FileMap, type TempRepo } from '../support/git-repos.js'

/** A repository with `before` committed as base and `after` committed on top as head. */
export interface ChangeRepo {
  repo: TempRepo
  base: string
  head: string
}

export async function changeRepo(before: FileMap, after: FileMap): Promise<ChangeRepo> {
  const repo = await createTempRepo({ files: { 'README.md': '# app\n', ...before } })
  const base = await repo.sha()
  const head = await repo.commit('change', after)
  return { repo, base, head }
}

/** Reviews `after` on top of `before` and removes the repository. */
export async function reviewChange(
  before: FileMap,
  after: FileMap,
  options: Partial<ReviewOptions> & { agents?: readonly ReviewAgent[] } = {},
): Promise<ReviewOutcome> {
  const { repo, base, head } = await changeRepo(before, after)
  try {
    return await runReview({
      root: repo.dir,
      base,
      head,
      agents: [...REVIEW_AGENTS],
      provider: 'offline',
      minScore: 8,
      waiversPath: '.github/launchgate-waivers.yml',
      coveragePath: 'coverage/lcov.info',
      today: '2025-06-01',
      ...options,
    })
  } finally {
    await repo.cleanup()
  }
}

/** `rule@file:line` of each finding, sorted: compact to assert on. */
export function hits(outcome: ReviewOutcome): string[] {
  return outcome.findings.map((f) => `${f.rule}@${f.file}:${f.line}`).sort()
}

/** Runs `launchgate review <argv>` in-process with captured streams. */
export async function reviewCli(argv: string[]): Promise<CliRun> {
  return cli(['review', ...argv])
}

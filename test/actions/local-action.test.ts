/**
 * Every action's module runs under GitHub's own local runner for JavaScript actions
 * (@github/local-action): it imports `src/actions/<name>.ts`, calls its exported `run()` with its
 * stand-ins for @actions/core, and prints the outputs. So each entry exports `run()`, and what goes
 * wrong is reported as the user's mistake it is, never as "internal error".
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'
import { REPO_ROOT } from '../support/runner.js'

const LOCAL_ACTION = path.join(REPO_ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js')

let repo: TempRepo
let temp: string
let base: string

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'lg-local-action-'))
  repo = await createTempRepo({
    files: {
      '.github/launchgate.yml': 'version: 1\nreview:\n  provider: offline\n',
      'src/app.ts': 'export const answer = 42\n',
    },
  })
  base = await repo.sha()
  await repo.commit('a change', { 'src/app.ts': 'export const answer = 43\n' })
})

afterAll(async () => {
  await repo?.cleanup()
  await rm(temp, { recursive: true, force: true })
})

interface LocalRun {
  code: number
  stdout: string
  outputs: Record<string, string>
}

/** Runs `local-action run <action dir> <entry> <dotenv>` as a user would, from the repository. */
async function localAction(
  action: string,
  entry: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  const summary = path.join(temp, `${entry}-summary.md`)
  await writeFile(summary, '')
  const dotenv = path.join(temp, `${entry}.env`)
  const vars = {
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  }
  await writeFile(
    dotenv,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  )
  const actionDir = path.join(REPO_ROOT, action)
  const entryPath = path.relative(actionDir, path.join(REPO_ROOT, 'src', 'actions', `${entry}.ts`))
  const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      process.execPath,
      [LOCAL_ACTION, 'run', actionDir, entryPath, dotenv],
      // HOME and git's config come from the test repository, so git never reads the user's.
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, ...repo.env, NO_COLOR: '1' },
        timeout: 120_000,
        maxBuffer: 32 << 20,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout: stdout + stderr,
        }),
    )
  })
  const outputs = Object.fromEntries(
    [...result.stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
  )
  const run: LocalRun = { ...result, outputs }
  expect(run.stdout).not.toContain('internal error')
  expect(run.stdout).toContain('Running Action')
  return run
}

// Each run compiles the TypeScript sources with local-action's bundled tsx: seconds, not milliseconds.
const SLOW = 300_000

describe('the actions under @github/local-action', () => {
  it(
    'the umbrella action runs the config command from its run()',
    async () => {
      const run = await localAction('.', 'main', { command: 'config', 'working-directory': '.' })
      expect(run.outputs.ok).toBe('true')
      expect(run.outputs['config-file']).toBe('.github/launchgate.yml')
      expect(JSON.parse(run.outputs['config-json']!)).toMatchObject({ review: { provider: 'offline' } })
      expect(await readFile(path.join(temp, 'main-summary.md'), 'utf8')).toContain('is valid')
    },
    SLOW,
  )

  it(
    'the umbrella action names an unknown command as the user’s mistake',
    async () => {
      const run = await localAction('.', 'main', { command: 'deploi' })
      expect(run.stdout).toMatch(
        /::error::launchgate action: unknown command 'deploi'.*expected one of: config, consolidation/,
      )
    },
    SLOW,
  )

  it(
    'consolidation runs its check',
    async () => {
      const run = await localAction('actions/consolidation', 'consolidation', { comment: 'false' })
      expect(run.outputs.ok).toBe('true')
      expect(run.outputs.violations).toBe('0')
    },
    SLOW,
  )

  it(
    'review-agent writes its findings, and review-aggregate gates them',
    async () => {
      const out = path.join(temp, 'findings')
      const agent = await localAction('actions/review-agent', 'review-agent', {
        agent: 'code-reviewer',
        base,
        head: 'HEAD',
        'output-dir': out,
      })
      expect(agent.outputs['findings-file']).toContain(out)
      expect(agent.outputs.findings).toMatch(/^\d+$/)
      const aggregate = await localAction('actions/review-aggregate', 'review-aggregate', {
        agents: 'code-reviewer',
        'findings-dir': out,
        comment: 'false',
        'inline-comments': 'false',
        sarif: 'false',
      })
      expect(aggregate.outputs.critical).toBe('0')
      expect(JSON.parse(aggregate.outputs.scores!)).toHaveProperty('code-reviewer')
    },
    SLOW,
  )

  it(
    'prefilter, deploy and monitor name what is missing instead of failing as a bug',
    async () => {
      const prefilter = await localAction('actions/prefilter', 'prefilter', { comment: 'false' })
      expect(prefilter.stdout).toContain('prefilter.tools and prefilter.cases must name the tool registry')
      const agent = await localAction('actions/review-agent', 'review-agent', { agent: '' })
      expect(agent.stdout).toContain("the input 'agent' is required")
      for (const name of ['deploy', 'monitor']) {
        const run = await localAction(`actions/${name}`, name, {}, { GITHUB_REPOSITORY: '' })
        expect(run.stdout).toContain(`::error::launchgate ${name}: GITHUB_REPOSITORY is not set`)
      }
    },
    SLOW,
  )
})

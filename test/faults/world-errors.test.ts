/**
 * Failures of the world and missing inputs are told as such, by the bundled actions and the CLI
 * alike: what to check, never "a bug in launchgate" and no stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../support/cli.js'
import { runBundledAction, type ActionRun } from '../support/runner.js'

let workspace: string
let closedPort: number

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'lg-world-errors-'))
  await mkdir(join(workspace, '.github'))
  await writeFile(
    join(workspace, '.github', 'launchgate.yml'),
    ['prefilter:', '  tools: tools/missing.json', '  cases: tools/missing.jsonl', ''].join('\n'),
  )
  // A port nothing listens on: bound, then released.
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closedPort = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true })
})

const printed = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`

function expectTold(run: ActionRun, what: RegExp): void {
  const text = printed(run)
  expect(run.code).toBe(1)
  expect(text).toMatch(what)
  expect(text).not.toContain('a bug in launchgate')
  expect(text).not.toMatch(/\n\s+at [\w.<>]+ \(/)
}

describe('failures of the world and missing inputs (bundled actions)', () => {
  it('monitor: an unreachable GitHub API (ECONNREFUSED) says what to check', async () => {
    const run = await runBundledAction('monitor', {
      workspace,
      apiUrl: `http://127.0.0.1:${closedPort}`,
      githubToken: 'ghs_unreachable_1234',
      env: { LAUNCHGATE_RETRY_BASE_MS: '1' },
    })
    expectTold(run, /ECONNREFUSED.*nothing accepts connections there: check the URL/)
  })

  it('the umbrella action without its command input names the input', async () => {
    const run = await runBundledAction('main', { workspace, inputs: { command: '' } })
    expectTold(run, /the input 'command' is required/)
  })

  it('the review agent without its agent input names the input', async () => {
    const run = await runBundledAction('review-agent', { workspace, inputs: { agent: '' } })
    expectTold(run, /the input 'agent' is required/)
  })

  it('prefilter: a missing tools file names the file and what to check', async () => {
    const run = await runBundledAction('prefilter', { workspace })
    expectTold(run, /tools\/missing\.json: no such file or directory; check the path/)
  })
})

describe('the CLI agrees', () => {
  it('a missing tools file: exit 2 with the file named', async () => {
    const run = await cli(['prefilter', 'bench', '--root', workspace], workspace)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/tools\/missing\.json.*no such file or directory/)
    expect(run.stderr).not.toContain('a bug in launchgate')
  })

  it('a tools path from the config that leaves the repository: exit 2, the key named', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'lg-outside-'))
    try {
      await writeFile(
        join(outside, 'launchgate.yml'),
        ['prefilter:', '  tools: ../../../../etc/passwd', '  cases: cases.jsonl', ''].join('\n'),
      )
      const run = await cli(['prefilter', 'bench', '--root', outside, '--config', 'launchgate.yml'], outside)
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('prefilter.tools: ../../../../etc/passwd is outside the repository')
    } finally {
      await rm(outside, { recursive: true, force: true })
    }
  })
})

/**
 * Files other jobs or the user leave (a baseline, an lcov report, review artifacts, workflows, a
 * package.json) are read through one helper: a FIFO or a device is refused at once, an oversized
 * file before a byte is read, both as exit 2 naming the file at 1:1. Never a hang, never memory
 * exhausted. FIFOs have no writer here: a plain `readFile` of one would wait forever.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_MAX_BYTES, readOptionalInputFile, REPORT_MAX_BYTES } from '../../src/config/read-input.js'
import { readBaseline } from '../../src/consolidation/baseline.js'
import { findWorkspaces } from '../../src/consolidation/workspaces.js'
import { ConfigurationError } from '../../src/errors.js'
import { detectRepo } from '../../src/init/detect.js'
import { readArtifacts } from '../../src/review/artifact.js'
import { cli } from '../support/cli.js'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lg-bounded-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const fifo = (path: string) => execFileSync('mkfifo', [path])

/** A sparse file one byte over `limit`: its size says too big, and nothing is written. */
async function oversized(path: string, limit: number): Promise<void> {
  await writeFile(path, '')
  await truncate(path, limit + 1)
}

async function refusal(promise: Promise<unknown>): Promise<ConfigurationError> {
  const started = Date.now()
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  expect(Date.now() - started).toBeLessThan(2000)
  return error as ConfigurationError
}

describe('readOptionalInputFile', () => {
  it('is undefined for a missing file, refuses a FIFO, /dev/zero and an oversized file', async () => {
    expect(await readOptionalInputFile(join(dir, 'absent.json'))).toBeUndefined()
    fifo(join(dir, 'pipe.json'))
    const pipe = await refusal(readOptionalInputFile(join(dir, 'pipe.json'), { display: 'pipe.json' }))
    expect(pipe.message).toBe(
      'pipe.json:1:1: cannot read file pipe.json: not a regular file (a FIFO); name a file',
    )
    await symlink('/dev/zero', join(dir, 'zero.json'))
    const zero = await refusal(readOptionalInputFile(join(dir, 'zero.json'), { display: 'zero.json' }))
    expect(zero.message).toContain('not a regular file (a device)')
    await oversized(join(dir, 'big.json'), DEFAULT_MAX_BYTES)
    const big = await refusal(
      readOptionalInputFile(join(dir, 'big.json'), { display: 'big.json', what: 'report' }),
    )
    expect(big.message).toBe(
      `big.json:1:1: cannot read report big.json: ${DEFAULT_MAX_BYTES + 1} bytes, more than the limit of ${DEFAULT_MAX_BYTES}`,
    )
  })
})

describe('every reader of user and job files', () => {
  it('the consolidation baseline: a FIFO and an oversized file are refused, a missing one is empty', async () => {
    expect(await readBaseline(join(dir, 'absent.json'), 'absent.json')).toEqual([])
    fifo(join(dir, 'baseline.json'))
    const pipe = await refusal(readBaseline(join(dir, 'baseline.json'), '.launchgate/baseline.json'))
    expect(pipe.message).toMatch(/^\.launchgate\/baseline\.json:1:1: cannot read baseline .*a FIFO/)
    await rm(join(dir, 'baseline.json'))
    await oversized(join(dir, 'baseline.json'), REPORT_MAX_BYTES)
    expect((await refusal(readBaseline(join(dir, 'baseline.json'), 'b.json'))).message).toContain(
      'more than the limit',
    )
  })

  it('review artifacts of the matrix jobs: a FIFO named like one is refused', async () => {
    await mkdir(join(dir, 'agent-security'))
    fifo(join(dir, 'agent-security', 'findings.json'))
    const error = await refusal(readArtifacts(dir))
    expect(error.message).toContain('cannot read review artifact')
    expect(error.message).toContain('a FIFO')
  })

  it('package.json and pnpm-workspace.yaml that are FIFOs say nothing, and do not hang', async () => {
    fifo(join(dir, 'package.json'))
    fifo(join(dir, 'pnpm-workspace.yaml'))
    expect(await findWorkspaces(dir)).toEqual(new Map())
    const facts = await detectRepo(dir)
    expect(facts).toBeDefined()
  })
})

describe('the CLI: exit 2 with file:1:1, never a hang', () => {
  let repo: TempRepo
  beforeEach(async () => {
    repo = await createTempRepo({ files: { 'README.md': '# app\n' } })
    await repo.commit('feature', { 'src/app.js': 'export const x = 1\n' })
  })
  afterEach(async () => {
    await repo.cleanup()
  })

  it('review --coverage naming a FIFO, then an oversized lcov', async () => {
    fifo(join(repo.dir, 'lcov.info'))
    const args = [
      'review',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--agents',
      'testing-automation-expert',
      '--root',
      repo.dir,
    ]
    const pipe = await cli([...args, '--coverage', 'lcov.info'], repo.dir, repo.env)
    expect(pipe.code).toBe(2)
    expect(pipe.stderr).toContain(
      'lcov.info:1:1: cannot read coverage report lcov.info: not a regular file (a FIFO)',
    )
    await oversized(join(repo.dir, 'big.info'), REPORT_MAX_BYTES)
    const big = await cli([...args, '--coverage', 'big.info'], repo.dir, repo.env)
    expect(big.code).toBe(2)
    expect(big.stderr).toContain(
      `big.info:1:1: cannot read coverage report big.info: ${REPORT_MAX_BYTES + 1} bytes`,
    )
  })

  it('audit of a workflow that is a FIFO', async () => {
    await mkdir(join(repo.dir, '.github', 'workflows'), { recursive: true })
    fifo(join(repo.dir, '.github', 'workflows', 'ci.yml'))
    const run = await cli(['audit', '--root', repo.dir, '.github/workflows/ci.yml'], repo.dir, repo.env)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.github/workflows/ci.yml:1:1: cannot read workflow file')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

/**
 * `launchgate smoke` through the real CLI, against the example app on loopback: every kind of
 * test, the JSON a script reads, exit 0, 1 and 2.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { stringify } from 'yaml'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { cli } from '../support/cli.js'
import { SECRETS, SMOKE_TESTS } from './support/world.js'

const ENV = { SMOKE_TEST_EMAIL: SECRETS.SMOKE_TEST_EMAIL, SMOKE_TEST_PASSWORD: SECRETS.SMOKE_TEST_PASSWORD }

let app: ExampleApp
let root: string

/** Writes .github/launchgate.yml with these smoke keys. */
async function configure(smoke: Record<string, unknown>): Promise<void> {
  await mkdir(path.join(root, '.github'), { recursive: true })
  await writeFile(path.join(root, '.github/launchgate.yml'), stringify({ version: 1, deploy: { smoke } }))
}

beforeAll(async () => {
  app = await startExampleApp()
  root = await mkdtemp(path.join(tmpdir(), 'lg-smoke-cli-'))
})
afterAll(async () => {
  await app?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('launchgate smoke', () => {
  it('runs every configured test against --base-url and exits 0, with the JSON a script reads', async () => {
    await configure({ 'base-url': 'https://staging.example.com', login: {}, tests: SMOKE_TESTS })
    const run = await cli(['smoke', '--base-url', app.url, '--root', root, '--format', 'json'], root, ENV)
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as {
      ok: boolean
      tests: Array<Record<string, unknown>>
      title: string
    }
    expect(doc.ok).toBe(true)
    expect(doc.title).toBe(`4 of 4 smoke test(s) passed against ${app.url}`)
    expect(doc.tests.map((t) => [t.name, t.kind, t.ok])).toEqual([
      ['health', 'http', true],
      ['login and profile', 'auth', true],
      ['PAM websocket', 'websocket', true],
      ['trip write', 'db-write', true],
    ])
    expect(doc.tests[0]!.message).toMatch(/^GET \/api\/health: HTTP 200 in \d+ ms$/)
    expect(run.stderr).toContain(`running 4 smoke test(s) against ${app.url}`)
    expect(run.stdout + run.stderr).not.toContain(SECRETS.SMOKE_TEST_PASSWORD)
  })

  it('exits 1 and names the failing test when the app is broken', async () => {
    app.setFault('ws-refuse')
    const run = await cli(['smoke', '--base-url', app.url, '--root', root], root, ENV)
    app.setFault(undefined)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/3 of 4 smoke test\(s\) passed against .*, 1 failed/)
    expect(run.stdout).toMatch(/FAIL\s+PAM websocket\s+websocket\s+\d+ ms\s+upgrade refused: HTTP 503/)
  })

  it('fails a required browser test that could not run, and says so', async () => {
    const widget = { name: 'assistant widget', kind: 'browser', path: '/', 'expect-selector': '#pam-widget' }
    await configure({ tests: [{ ...widget, required: true }] })
    const env = { ...ENV, LAUNCHGATE_NO_BROWSER: '1' }
    const required = await cli(['smoke', '--base-url', app.url, '--root', root, '-f', 'json'], root, env)
    expect(required.code).toBe(1)
    const doc = JSON.parse(required.stdout) as { tests: Array<Record<string, unknown>> }
    expect(doc.tests[0]).toMatchObject({ name: 'assistant widget', kind: 'browser', ok: false, notRun: true })
    expect(required.stderr).toContain('[smoke] NOT RUN assistant widget')

    await configure({ tests: [widget] })
    const optional = await cli(['smoke', '--base-url', app.url, '--root', root], root, env)
    expect(optional.code).toBe(0)
    expect(optional.stdout).toMatch(/0 of 1 smoke test\(s\) passed against .*, 1 not run/)
    expect(optional.stdout).toMatch(/MEDIUM.*NOT RUN, no browser: LAUNCHGATE_NO_BROWSER=1 is set/)
  })

  it('exits 2 for bad input: a bad URL, no URL, no tests, a bad config at its line', async () => {
    await configure({ tests: SMOKE_TESTS.slice(0, 1) })
    const badUrl = await cli(['smoke', '--base-url', 'staging', '--root', root], root, ENV)
    expect([badUrl.code, badUrl.stderr]).toEqual([
      2,
      expect.stringContaining('--base-url must be an http(s) URL'),
    ])
    const noUrl = await cli(['smoke', '--root', root], root, ENV)
    expect([noUrl.code, noUrl.stderr]).toEqual([2, expect.stringContaining('set deploy.smoke.base-url')])
    await configure({ tests: [] })
    const none = await cli(['smoke', '--base-url', app.url, '--root', root], root, ENV)
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('there are no smoke tests to run')])
    await configure({ tests: [{ name: 'x', kind: 'browser', path: 'no-slash' }] })
    const bad = await cli(['smoke', '--base-url', app.url, '--root', root, '-f', 'json'], root, ENV)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/launchgate\.yml:\d+:\d+/)
  })
})

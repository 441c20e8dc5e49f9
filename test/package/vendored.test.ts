/**
 * The committed dist/ as an action runs it: copied out of the repository (no node_modules above
 * it), it loads the optional peers from dist/vendor/: the review parses TypeScript with the
 * vendored typescript, and a browser smoke test drives the machine's Chromium with the vendored
 * playwright-core. Needs a fresh dist/ (npm run bundle).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { NO_BROWSER, requireBrowserUnlessWaived } from '../deploy/support/browser.js'
import { readTools } from '../../src/prefilter/formats.js'
import { toolTokens } from '../../src/prefilter/tokens.js'
import { REPO_ROOT } from '../support/runner.js'
import { changeRepo, runNode, writeTree } from './packed.js'

let work: string | undefined
let server: Server | undefined

const cliOf = () => path.join(work!, 'dist/cli.js')

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lg-vendored-'))
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(work, 'dist'), { recursive: true })
  server = createServer((_req, res) => res.end('<html><body><div id="app">hi</div></body></html>'))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
}, 60_000)

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()))
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('dist/ without node_modules', () => {
  it('reviews TypeScript with the vendored typescript, and JSX with the bundled jsx-a11y', async () => {
    const source =
      "const child = require('child_process')\nexport const run = (cmd: string) => child.exec(cmd)\n"
    // jsx-a11y's rules run from the bundle too (two unused ones are left out of it).
    const page = 'export const Logo = () => <img src="logo.png" />\n'
    const repo = changeRepo(path.join(work!, 'review'), { 'src/a.ts': source, 'src/logo.tsx': page })
    const run = await runNode(
      cliOf(),
      ['review', '--base', 'HEAD~1', '--root', repo, '--format', 'json'],
      repo,
    )
    const doc = JSON.parse(run.stdout) as {
      findings: Array<{ rule: string; file: string }>
      notices: string[]
    }
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ rule: 'security/detect-child-process', file: 'src/a.ts' }),
    )
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ rule: 'jsx-a11y/alt-text', file: 'src/logo.tsx' }),
    )
    expect(doc.notices.filter((n) => n.startsWith('eslint:'))).toEqual([])
  }, 120_000)

  it('drives the browser smoke test with the vendored playwright-core', async () => {
    requireBrowserUnlessWaived()
    const root = path.join(work!, 'smoke')
    writeTree(root, {
      '.github/launchgate.yml':
        'version: 1\ndeploy:\n  smoke:\n    tests:\n      - name: app shell\n        kind: browser\n        path: /\n        expect-selector: "#app"\n        timeout-ms: 30000\n',
    })
    const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
    const run = await runNode(cliOf(), ['smoke', '--base-url', url, '--root', root, '--format', 'json'], root)
    const doc = JSON.parse(run.stdout) as {
      tests: Array<{ name: string; ok: boolean; notRun?: boolean; message: string }>
    }
    if (NO_BROWSER) {
      expect(doc.tests[0]).toMatchObject({
        notRun: true,
        message: expect.stringContaining('LAUNCHGATE_NO_BROWSER=1'),
      })
      return
    }
    expect(doc.tests[0]).toMatchObject({ name: 'app shell', ok: true })
    expect(doc.tests[0]!.notRun).toBeUndefined()
    expect(run.status).toBe(0)
  }, 120_000)

  it('counts tokens from the ranks beside the bundle as gpt-tokenizer does', async () => {
    const definitions = [
      {
        name: 'get_weather',
        description: 'Weather forecast for a place, in °C — e.g. Zürich',
        parameters: { type: 'object' },
      },
      {
        type: 'function',
        function: {
          name: 'find_campsites',
          description: 'Campsites near a place',
          parameters: { type: 'object', properties: { near: { type: 'string' } } },
        },
      },
    ]
    writeTree(work!, {
      'count.mjs': `import { readTools, toolTokens } from './dist/index.js'\nconsole.log(JSON.stringify(readTools(${JSON.stringify(definitions)}).tools.map((t) => toolTokens(t))))\n`,
    })
    const run = await runNode(path.join(work!, 'count.mjs'), [], work!)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual(readTools(definitions).tools.map((t) => toolTokens(t)))
  })
})

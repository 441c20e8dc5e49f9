/**
 * The optional peers (TypeScript, playwright-core) from a consumer's side: the packed package
 * installed in an empty project works without them and says what to install, by name and range,
 * in a notice or a NOT RUN line (never a stack trace); once the peer is installed (from the npm
 * cache, as a team would from the registry) the same command uses it.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PLAYWRIGHT, TYPESCRIPT, installCommand } from '../../src/util/optional-module.js'
import { changeRepo, installPacked, npmInstall, runNode, writeTree } from './packed.js'

let work: string | undefined
let repo: string
let server: Server | undefined

// The same defect in TypeScript and in JavaScript: ESLint's security rule reports both when it can parse them.
const EXEC = (param: string) =>
  `const child = require('child_process')\nexport function run(${param}) {\n  return child.exec(cmd)\n}\n`

interface ReviewJson {
  findings: Array<{ rule: string; file: string }>
  notices: string[]
}

const bin = () => path.join(work!, 'node_modules/.bin/launchgate')

async function review(): Promise<{ doc: ReviewJson; stderr: string }> {
  const run = await runNode(bin(), ['review', '--base', 'HEAD~1', '--root', repo, '--format', 'json'], repo)
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  return { doc: JSON.parse(run.stdout) as ReviewJson, stderr: run.stderr }
}

const eslintHits = (doc: ReviewJson) =>
  doc.findings.filter((f) => f.rule === 'security/detect-child-process').map((f) => f.file)

beforeAll(async () => {
  work = installPacked('lg-peers-')
  repo = changeRepo(path.join(work, 'repo'), { 'src/a.ts': EXEC('cmd: string'), 'src/b.js': EXEC('cmd') })
  server = createServer((_req, res) => res.end('<html><body><div id="app">hi</div></body></html>'))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
}, 180_000)

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()))
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the package without its optional peers', () => {
  it('installs neither TypeScript nor playwright-core', () => {
    const installed = readdirSync(path.join(work!, 'node_modules'))
    expect(installed).not.toContain(TYPESCRIPT.name)
    expect(installed).not.toContain(PLAYWRIGHT.name)
  })

  it('reviews JavaScript and says the TypeScript files need typescript, with the command', async () => {
    const { doc, stderr } = await review()
    expect(eslintHits(doc)).toEqual(['src/b.js'])
    const notice = doc.notices.find((n) => n.startsWith('eslint:'))
    expect(notice).toBe(
      `eslint: 1 TypeScript file(s) not linted (src/a.ts): typescript (${TYPESCRIPT.range}) is needed for parsing TypeScript in the review but is not installed: ${installCommand(TYPESCRIPT)}`,
    )
    expect(stderr).toContain(`NOTICE: ${notice}`)
  }, 120_000)

  it('reports a browser smoke test NOT RUN with the command that installs playwright-core', async () => {
    writeTree(repo, {
      '.github/launchgate.yml':
        'version: 1\ndeploy:\n  smoke:\n    tests:\n      - name: app shell\n        kind: browser\n        path: /\n        expect-selector: "#app"\n',
    })
    const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
    const run = await runNode(bin(), ['smoke', '--base-url', url, '--root', repo], repo)
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    expect(run.stdout).toContain(`NOT RUN, no browser: playwright-core (${PLAYWRIGHT.range}) is needed for`)
    expect(run.stdout).toContain(installCommand(PLAYWRIGHT))
    // Not required: the run passes and says one test did not run.
    expect(run.status).toBe(0)
    rmSync(path.join(repo, '.github'), { recursive: true })
  }, 120_000)
})

describe('the package with TypeScript installed beside it', () => {
  it('parses and lints the TypeScript files with the project’s own TypeScript', async () => {
    npmInstall(work!, 'typescript@5.9.3')
    const { doc } = await review()
    expect(eslintHits(doc).sort()).toEqual(['src/a.ts', 'src/b.js'])
    expect(doc.notices.filter((n) => n.startsWith('eslint:'))).toEqual([])
  }, 180_000)
})

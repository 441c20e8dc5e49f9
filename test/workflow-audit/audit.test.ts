import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { auditWorkflow } from '../../src/workflow-audit/rules.js'
import { cli } from '../support/cli.js'
import { REPO_ROOT } from '../support/runner.js'

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2'

const BAD = `name: bad
on: [pull_request_target]
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: write-all
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "\${{ github.event.pull_request.title }}" && echo \${{ github.sha }}
      - uses: some/action@0123456789abcdef0123456789abcdef01234567
  review:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: launchgate/launchgate/actions/review-agent@0123456789abcdef0123456789abcdef01234567 # v1
        env:
          DEPLOY_KEY: \${{ secrets.RENDER_API_KEY }}
`

describe('workflow audit', () => {
  it('passes every workflow of this repository, so CI fails when one of ours regresses', async () => {
    const run = await cli(['audit', '--root', REPO_ROOT, '--format', 'json'])
    const doc = JSON.parse(run.stdout) as {
      ok: boolean
      findings: unknown[]
      workflows: string[]
      actionlint: boolean
    }
    expect(doc.findings).toEqual([])
    expect(doc.actionlint).toBe(true)
    expect(doc.workflows).toContain('.github/workflows/ci.yml')
    expect(run.code).toBe(0)
  })

  it('finds each rule of the policy at its line', () => {
    const hits = auditWorkflow('.github/workflows/bad.yml', BAD).map(
      (f) => `${f.line} ${f.severity} ${f.rule}`,
    )
    expect(hits).toEqual(
      expect.arrayContaining([
        '2 HIGH top-level-permissions',
        '6 HIGH write-all',
        '8 HIGH unpinned-action',
        '8 MEDIUM checkout-persists-credentials',
        '8 CRITICAL pull-request-target-checkout',
        '11 HIGH expression-in-run',
        '12 LOW unpinned-action',
        '16 HIGH llm-job-write-token',
      ]),
    )
    // github.sha is the workflow's own value: safe in a script, not reported.
    expect(hits.filter((h) => h.endsWith('expression-in-run'))).toHaveLength(1)
    expect(hits.filter((h) => h.endsWith('llm-job-write-token'))).toHaveLength(2)
  })

  it('accepts the secure shape: permissions {}, pinned with a version comment, values through env', () => {
    const good = `on: pull_request
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE" in \${{ runner.temp }}
`
    expect(auditWorkflow('.github/workflows/good.yml', good)).toEqual([])
  })

  it('exits 1 with actionlint findings and names a YAML error at its position', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'lg-audit-'))
    await mkdir(path.join(root, '.github/workflows'), { recursive: true })
    await writeFile(
      path.join(root, '.github/workflows/typo.yml'),
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: true\n`,
    )
    await writeFile(path.join(root, '.github/workflows/broken.yml'), 'on: [push\n')
    const run = await cli(['audit', '--root', root, '--format', 'json'])
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string; line: number }> }
    expect(
      doc.findings.some((f) => f.file === '.github/workflows/typo.yml' && f.rule.startsWith('actionlint/')),
    ).toBe(true)
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ rule: 'yaml-error', file: '.github/workflows/broken.yml' }),
    )
  })
})

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { auditDocument } from '../../src/workflow-audit/engine.js'
import { cli } from '../support/cli.js'
import { REPO_ROOT } from '../support/runner.js'

interface JsonFinding {
  rule: string
  file: string
  line: number
  column: number
  severity: string
  persona: string
}

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lg-audit-'))
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
  return root
}

describe('workflow audit', () => {
  it.each(['regular', 'pedantic', 'auditor'])(
    'passes every workflow and action.yml of this repository in the %s persona',
    async (persona) => {
      const run = await cli(['audit', '--root', REPO_ROOT, '--format', 'json', '--persona', persona])
      const doc = JSON.parse(run.stdout) as {
        ok: boolean
        findings: JsonFinding[]
        workflows: string[]
        actionlint: boolean
      }
      expect(doc.findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')).toEqual([])
      if (persona === 'regular') expect(doc.findings).toEqual([])
      expect(doc.actionlint).toBe(true)
      expect(doc.workflows).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', 'action.yml']))
      expect(run.code).toBe(0)
    },
  )

  it('places each expression of a run: block at its own line and column, once', () => {
    const text = [
      'on: issues',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - run: |',
      '          echo "${{ github.event.issue.title }}"',
      '          echo ok; echo "${{github.event.issue.body}}"',
      '',
    ].join('\n')
    const hits = auditDocument('.github/workflows/a.yml', text).filter((f) => f.rule === 'template-injection')
    expect(hits.map((f) => `${f.line}:${f.column}`)).toEqual(['8:21', '9:29'])
  })

  it('audits action.yml as action metadata: no workflow-only findings such as missing permissions', () => {
    const text =
      'name: a\ndescription: b\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n'
    expect(auditDocument('actions/x/action.yml', text)).toEqual([])
  })

  it('runs current actionlint: ubuntu-24.04, macos-15 and vars are valid, a typo is not', async () => {
    const root = await repo({
      '.github/workflows/ok.yml':
        'name: ok\non: push\npermissions: {}\nconcurrency: { group: x, cancel-in-progress: true }\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-24.04, macos-15, macos-14]\n    steps:\n      - run: echo "$V"\n        env:\n          V: ${{ vars.NAME }}\n',
      '.github/workflows/typo.yml':
        'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: true\n',
      '.github/workflows/broken.yml': 'on: [push\n',
    })
    const run = await cli(['audit', '--root', root, '--format', 'json'])
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[] }
    expect(doc.findings.filter((f) => f.file === '.github/workflows/ok.yml')).toEqual([])
    expect(doc.findings).toContainEqual(
      expect.objectContaining({
        file: '.github/workflows/typo.yml',
        rule: 'actionlint/syntax-check',
        line: 6,
      }),
    )
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ rule: 'yaml-error', file: '.github/workflows/broken.yml' }),
    )
    expect(run.code).toBe(1)
  })

  it('a file that upsets actionlint does not stop the others', async () => {
    const files: Record<string, string> = {
      '.github/workflows/a-unknown-key.yml':
        'on: push\nfoo: 1\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: true\n',
    }
    for (let i = 0; i < 5; i++)
      files[`.github/workflows/b${i}.yml`] =
        `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    step${i}:\n      - run: true\n`
    const run = await cli(['audit', '--root', await repo(files), '--format', 'json'])
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[] }
    const linted = new Set(doc.findings.filter((f) => f.rule.startsWith('actionlint')).map((f) => f.file))
    expect(linted.size).toBe(6)
    // actionlint warns (MEDIUM); it does not fail the default gate.
    expect(run.code).toBe(0)
  })

  it('personas widen what is shown; the gate and SARIF help links follow the rules', async () => {
    const root = await repo({
      '.github/workflows/w.yml':
        'name: w\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    permissions:\n      issues: write\n    steps:\n      - run: echo "${{ github.sha }}"\n',
    })
    const regular = await cli(['audit', '--root', root, '--format', 'json'])
    expect((JSON.parse(regular.stdout) as { findings: JsonFinding[] }).findings).toEqual([])
    const pedantic = await cli(['audit', '--root', root, '--format', 'json', '--persona', 'pedantic'])
    const rules = (JSON.parse(pedantic.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.rule)
    expect(rules).toEqual(
      expect.arrayContaining(['template-injection', 'undocumented-permissions', 'concurrency-limits']),
    )
    expect(pedantic.code).toBe(0)
    const strict = await cli([
      'audit',
      '--root',
      root,
      '--format',
      'sarif',
      '--persona',
      'pedantic',
      '--fail-on',
      'low',
    ])
    expect(strict.code).toBe(1)
    const sarif = JSON.parse(strict.stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } } }>
    }
    expect(sarif.runs[0]!.tool.driver.rules).toContainEqual(
      expect.objectContaining({
        id: 'template-injection',
        helpUri: 'https://docs.zizmor.sh/audits/#template-injection',
      }),
    )
  })

  it('reads the persona from the audit section of the config file', async () => {
    const root = await repo({
      '.github/launchgate.yml': 'version: 1\naudit:\n  persona: pedantic\n',
      '.github/workflows/w.yml':
        'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "${{ github.sha }}"\n',
    })
    const run = await cli(['audit', '--root', root, '--format', 'json'])
    const doc = JSON.parse(run.stdout) as { persona: string; findings: JsonFinding[] }
    expect(doc.persona).toBe('pedantic')
    expect(doc.findings.map((f) => f.rule)).toContain('anonymous-definition')
  })

  it('refuses the actions a forbidden-uses list names, from the config file', async () => {
    const workflow =
      'name: w\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a # v4.2.0\n      - uses: octo/tool@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a # v1\n'
    const allow = await repo({
      '.github/launchgate.yml': "version: 1\naudit:\n  forbidden-uses:\n    allow: ['actions/*']\n",
      '.github/workflows/w.yml': workflow,
    })
    const run = await cli(['audit', '--root', allow, '--format', 'json'])
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[] }
    expect(doc.findings.filter((f) => f.rule === 'forbidden-uses').map((f) => f.line)).toEqual([9])
    expect(run.code).toBe(1)
  })
})

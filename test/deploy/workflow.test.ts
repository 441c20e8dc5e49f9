/**
 * .github/workflows/deploy.yml and actions/deploy/action.yml: the workflow passes launchgate's
 * workflow policy and actionlint, and has the shape the deploy relies on.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { auditWorkflows } from '../../src/workflow-audit/run.js'
import { REPO_ROOT } from '../support/runner.js'

interface Workflow {
  on: { workflow_dispatch: { inputs: Record<string, { type: string; default: unknown }> } }
  permissions: Record<string, string>
  concurrency: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<
    string,
    {
      environment: { name: string }
      permissions: Record<string, string>
      steps: { uses?: string; run?: string; with?: Record<string, string> }[]
    }
  >
}

const read = async (file: string) => readFile(path.join(REPO_ROOT, file), 'utf8')

describe('the deploy workflow', () => {
  it('passes the workflow audit (policy and actionlint)', async () => {
    const report = await auditWorkflows(REPO_ROOT, ['.github/workflows/deploy.yml'])
    expect(report.findings).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('is dispatched by hand, never overlaps, deploys to a protected environment with least privilege', async () => {
    const wf = parse(await read('.github/workflows/deploy.yml')) as Workflow
    expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual([
      'dry-run',
      'skip-checklist-item',
      'environment',
    ])
    expect(wf.on.workflow_dispatch.inputs.environment!.default).toBe('production')
    expect(wf.permissions).toEqual({})
    expect(wf.concurrency['cancel-in-progress']).toBe(false)
    const job = wf.jobs.deploy!
    expect(job.environment.name).toBe('${{ inputs.environment }}')
    expect(Object.values(job.permissions).filter((p) => p === 'write')).toHaveLength(4)
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!
    expect(checkout.uses).toBe('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683')
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false })
    expect(job.steps.some((s) => s.uses === './actions/deploy')).toBe(true)
    for (const step of job.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/)
  })

  it('passes every workflow input to an action input that exists', async () => {
    const wf = parse(await read('.github/workflows/deploy.yml')) as Workflow
    const action = parse(await read('actions/deploy/action.yml')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
      runs: { main: string }
    }
    const step = wf.jobs.deploy!.steps.find((s) => s.uses === './actions/deploy')!
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name)
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['sha', 'deployment-id', 'result']))
    expect(action.runs.main).toBe('../../dist/deploy.js')
  })
})

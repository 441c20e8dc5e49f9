/**
 * `npm start`: the release rehearsal on the bundled example, on one laptop, with no network and
 * no GitHub account, in the launch plan's order: the PR gate (config, consolidation, prefilter,
 * 7 reviews) and the merge into staging through the local forge, the deploy of staging to main
 * against the example app running on loopback, and the watch: healthy checks, an injected fault,
 * exactly one rollback pull request and issue, and a re-run that adds nothing.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderMarkdown } from '../report/markdown.js'
import { loadConfig } from '../config/load.js'
import { runDeployStage, startProduction } from './deploy-stage.js'
import { runMonitorStage } from './monitor-stage.js'
import { runPullRequestGate } from './pr-gate.js'
import { formatMs, type ProgressSink, type StepOutcome } from './steps.js'
import { prepareWorkspace } from './workspace.js'

export interface RehearsalOptions {
  /** The example repository (examples/wheels-and-wins). */
  example: string
  /** The change the rehearsal's pull request makes (a patch `git apply` takes). */
  patch: string
  /** Where the full report goes. */
  outDir: string
  progress: ProgressSink
  /** Today as YYYY-MM-DD (waiver expiry); the caller owns the clock. */
  today: string
  /** The caller's environment: PATH and LAUNCHGATE_BROWSER find the browser of the browser smoke test. */
  env?: Record<string, string | undefined>
  /** Keep the temporary repositories after a passing run (a failing run always keeps them). */
  keepWorkspace?: boolean
}

export interface RehearsalResult {
  ok: boolean
  steps: StepOutcome[]
  reportFile: string
  workspace: string
}

/** Runs every stage in the launch plan's order and writes the markdown report. */
export async function runRehearsal(options: RehearsalOptions): Promise<RehearsalResult> {
  const { progress } = options
  progress('-> preparing the example repository (main, staging, a bare origin, the week-4 pull request)')
  const ws = await prepareWorkspace(options.example, options.patch)
  progress(`ok   workspace ${ws.dir}, pull request #${ws.pullNumber} (${ws.branch} -> staging)`)
  const gate = await runPullRequestGate(ws, progress, options.today)
  const steps = [...gate]
  if (gate.every((s) => s.ok)) {
    const { config } = await loadConfig({ root: ws.work })
    progress('-> starting production on loopback (the example app, and a host that deploys main)')
    const production = await startProduction(ws)
    progress(`ok   production at ${production.app.url}`)
    try {
      const deployed = await runDeployStage(ws, production, config.deploy, gate, progress, options.env)
      steps.push(deployed)
      if (deployed.ok) steps.push(...(await runMonitorStage(ws, production, config.monitor, progress)))
    } finally {
      await production.stop()
    }
  }

  const ok = steps.every((s) => s.ok)
  // A passing run's repositories are of no further use; a failing one's are what to look at.
  const workspaceKept = !ok || options.keepWorkspace === true
  if (workspaceKept) progress(`     workspace kept: ${ws.dir}`)
  else await rm(ws.dir, { recursive: true, force: true })
  await mkdir(options.outDir, { recursive: true })
  const reportFile = path.join(options.outDir, 'rehearsal.md')
  await writeFile(reportFile, rehearsalMarkdown(steps, workspaceKept ? ws.dir : undefined))
  return { ok, steps, reportFile, workspace: ws.dir }
}

function rehearsalMarkdown(steps: StepOutcome[], workspace: string | undefined): string {
  const rows = steps.map(
    (s) =>
      `| ${s.ok ? 'ok' : 'FAIL'} | ${s.name} | ${formatMs(s.ms)} | ${s.headline.replace(/\|/g, '\\|')} |`,
  )
  const details = steps.filter((s) => s.report).map((s) => renderMarkdown(s.report!, { maxChars: Infinity }))
  return [
    '# launchgate release rehearsal',
    '',
    workspace
      ? `Workspace: \`${workspace}\``
      : 'Workspace: removed after the run (`--keep-workspace` keeps it).',
    '',
    '| result | step | time | outcome |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...details,
  ].join('\n')
}

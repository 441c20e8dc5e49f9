/**
 * Publishes a report the way a user of a GitHub Action expects: the job summary, annotations
 * on the offending lines, the `ok` and `report` outputs, and optionally SARIF and a sticky
 * PR comment. One mechanism for every capability.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { emitAnnotations, planAnnotations } from '../report/annotations.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import type { Report } from '../report/types.js'
import { COMMENT_MAX_CHARS } from '../report/budget.js'
import { upsertStickyComment } from '../github/sticky-comment.js'
import type { Forge } from '../ports/forge.js'
import type { Logger } from '../ports/logger.js'
import { describeError } from '../errors.js'
import { TOOL } from '../tool.js'

export interface PublishOptions {
  /** Folder for report files (`RUNNER_TEMP` by default). */
  outDir?: string
  /** Write a SARIF file and set the `sarif` output. */
  sarif?: boolean
  /** Folder of the scanned root inside the workspace; prefixed to paths in annotations and SARIF. */
  rootInWorkspace?: string
}

/** Writes summary, annotations, outputs and files; returns the paths it wrote. */
export async function publishReport(
  report: Report,
  options: PublishOptions = {},
): Promise<{ json: string; sarif?: string }> {
  const outDir = options.outDir ?? path.join(process.env.RUNNER_TEMP || '.', 'launchgate')
  await mkdir(outDir, { recursive: true })
  const json = path.join(outDir, `${report.capability}.json`)
  await writeFile(json, renderJson(report))
  core.setOutput('ok', String(report.ok))
  core.setOutput('report', json)

  let sarif: string | undefined
  if (options.sarif) {
    sarif = path.join(outDir, `${report.capability}.sarif`)
    await writeFile(sarif, renderSarif(fromWorkspace(report, options.rootInWorkspace), TOOL))
    core.setOutput('sarif', sarif)
  }
  emitAnnotations(planAnnotations(fromWorkspace(report, options.rootInWorkspace).findings), core)
  // The job summary may hold 1 MiB; only a PR comment needs the 65,536-character cap.
  await writeJobSummary(renderMarkdown(report, { maxChars: Infinity }))
  return { json, sarif }
}

/**
 * Writes the job summary. Outside a runner that keeps one (a local run, @github/local-action
 * without `GITHUB_STEP_SUMMARY`) there is none to write: said in the debug log, never a failure.
 */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('no job summary: GITHUB_STEP_SUMMARY is not set')
    return
  }
  await core.summary.addRaw(markdown, true).write()
}

/** The report with finding paths relative to the workspace, as GitHub resolves them. */
function fromWorkspace(report: Report, rootInWorkspace: string | undefined): Report {
  if (!rootInWorkspace) return report
  const findings = report.findings.map((f) =>
    f.file ? { ...f, file: path.posix.join(rootInWorkspace, f.file) } : f,
  )
  return { ...report, findings }
}

/**
 * Posts or updates the capability's sticky comment on a pull request. A comment that cannot be
 * posted (a fork's read-only token) is a warning, never the gate's failure.
 */
export async function publishPullRequestComment(
  forge: Forge,
  pullNumber: number,
  report: Report,
  logger: Pick<Logger, 'info' | 'warning'>,
): Promise<void> {
  // Leave room for the hidden marker line the sticky-comment helper adds.
  const body = renderMarkdown(report, { maxChars: COMMENT_MAX_CHARS - 200 })
  try {
    const result = await upsertStickyComment(forge, pullNumber, report.capability, body)
    logger.info(`PR comment ${result.action} (#${pullNumber}, comment ${result.commentId})`)
  } catch (error) {
    logger.warning(
      `could not post the ${report.capability} comment on #${pullNumber}: ${describeError(error)}`,
    )
  }
}

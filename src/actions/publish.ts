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
import { removeStickyComment, upsertStickyComment } from '../github/sticky-comment.js'
import { upsertGateSection } from '../github/gate-comment-writer.js'
import type { HeadCommit } from '../report/gate-links.js'
import { gateSection } from '../report/gate-section.js'
import { renderGateSummary } from '../report/gate-comment.js'
import { escapeInline } from '../report/escape.js'
import type { Runtime } from '../runtime/runtime.js'
import { describeError } from '../errors.js'
import { TOOL } from '../tool.js'

export interface PublishOptions {
  /** Folder for report files (`RUNNER_TEMP` by default). */
  outDir?: string
  /** Write a SARIF file and set the `sarif` output. */
  sarif?: boolean
  /** Folder of the scanned root inside the workspace; prefixed to paths in annotations and SARIF. */
  rootInWorkspace?: string
  /**
   * A PR gate capability's summary takes the gate comment's shape (verdict and reasons first,
   * locations linked to this commit); other capabilities write the full report.
   */
  gate?: { head?: HeadCommit }
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

  // Annotations, SARIF and links name files from the repository's top, where GitHub resolves them.
  const shown = fromWorkspace(report, options.rootInWorkspace)
  let sarif: string | undefined
  if (options.sarif) {
    sarif = path.join(outDir, `${report.capability}.sarif`)
    await writeFile(sarif, renderSarif(shown, TOOL))
    core.setOutput('sarif', sarif)
  }
  emitAnnotations(planAnnotations(shown.findings), core)
  // The job summary may hold 1 MiB; only a PR comment needs the 65,536-character cap.
  await writeJobSummary(
    options.gate
      ? renderGateSummary(
          gateSection(shown, { head: options.gate.head, maxRows: 500 }),
          escapeInline(report.title),
        )
      : renderMarkdown(report, { maxChars: Infinity }),
  )
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

/** One gate comment for every capability (the default), or one sticky comment each. */
export type CommentStyle = 'gate' | 'separate'
const STYLES: readonly CommentStyle[] = ['gate', 'separate']

/** The `comment-style` input; a value that is neither names the input. */
export function commentStyle(runtime: Runtime): CommentStyle {
  const text = runtime.request.text('comment-style') ?? 'gate'
  if ((STYLES as readonly string[]).includes(text)) return text as CommentStyle
  throw runtime.requestError(
    `${runtime.request.label('comment-style')} must be gate or separate, got '${text}'`,
    'comment-style',
  )
}

/** The commit the findings were computed at, for links to their lines. */
export function headCommit(runtime: Runtime): HeadCommit | undefined {
  const sha = runtime.event().headSha ?? runtime.env.GITHUB_SHA
  const repository = runtime.env.GITHUB_REPOSITORY
  if (!sha || !repository) return undefined
  return {
    repository,
    sha,
    ...(runtime.env.GITHUB_SERVER_URL ? { serverUrl: runtime.env.GITHUB_SERVER_URL } : {}),
  }
}

/**
 * Puts the capability's report on the pull request: its section of the single PR gate comment, or
 * its own sticky comment with `comment-style: separate`. A comment that cannot be posted (a
 * fork's read-only token) is a warning, never the gate's failure.
 */
export async function publishPullRequestComment(
  runtime: Runtime,
  pullNumber: number,
  report: Report,
): Promise<void> {
  const { logger } = runtime
  const style = commentStyle(runtime)
  try {
    const forge = await runtime.forge()
    if (style === 'separate') {
      // Leave room for the hidden marker line the sticky-comment helper adds.
      const body = renderMarkdown(report, { maxChars: COMMENT_MAX_CHARS - 200 })
      const result = await upsertStickyComment(forge, pullNumber, report.capability, body)
      logger.info(`PR comment ${result.action} (#${pullNumber}, comment ${result.commentId})`)
      return
    }
    const section = gateSection(fromWorkspace(report, runtime.rootInWorkspace), { head: headCommit(runtime) })
    const fullReportUrl = runtime.runUrl()
    const result = await upsertGateSection(forge, pullNumber, section, {
      ...(runtime.knobs.commentSettleMs === undefined ? {} : { settleMs: runtime.knobs.commentSettleMs }),
      ...(fullReportUrl ? { fullReportUrl } : {}),
    })
    logger.info(
      `PR gate comment ${result.action}: ${section.capability} ${section.status} (#${pullNumber}, comment ${result.commentId})`,
    )
    // The capability's own comment from a run before the switch to one comment would repeat it.
    await removeStickyComment(forge, pullNumber, report.capability)
  } catch (error) {
    logger.warning(
      `could not post the ${report.capability} comment on #${pullNumber}: ${describeError(error)}`,
    )
  }
}

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
import { TOOL } from '../tool.js'

export interface PublishOptions {
  /** Folder for report files (`RUNNER_TEMP` by default). */
  outDir?: string
  /** Write a SARIF file and set the `sarif` output. */
  sarif?: boolean
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
    await writeFile(sarif, renderSarif(report, TOOL))
    core.setOutput('sarif', sarif)
  }
  emitAnnotations(planAnnotations(report.findings), core)
  // The job summary may hold 1 MiB; only a PR comment needs the 65,536-character cap.
  await core.summary.addRaw(renderMarkdown(report, { maxChars: Infinity }), true).write()
  return { json, sarif }
}

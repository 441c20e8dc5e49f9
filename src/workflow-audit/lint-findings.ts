/**
 * actionlint's diagnostics as audit findings. A broken workflow (syntax, jobs, needs, events) is a
 * blocking HIGH; type and style problems are MEDIUM. Its "potentially untrusted" expression check
 * and its container credentials check are dropped: template-injection and
 * hardcoded-container-credentials report the same problems with their fix.
 */
import type { ActionlintResult } from './actionlint.js'
import type { AuditFinding } from './finding.js'

const BROKEN = new Set(['syntax-check', 'job-needs', 'events', 'id', 'workflow-call', 'yaml'])
const COVERED = /potentially untrusted/

/**
 * What actionlint 1.7.7 (January 2025) rejects but GitHub accepts today: the `$/` self-repository
 * `uses:` (July 2026), `environment: deployment:`, and runner images added since (ubuntu-slim,
 * Windows and Linux arm64). Reporting them would block valid workflows.
 */
const NEWER_THAN_ACTIONLINT = [
  /reusable workflow call "\$\//,
  /unexpected key "deployment" for "environment" section/,
  /label "(?:ubuntu-slim|windows-11-arm|ubuntu-[\d.]+-arm|ubuntu-24\.04-arm|ubuntu-22\.04-arm|macos-26[\w-]*|windows-2025)" is unknown/,
]

export function actionlintFindings(file: string, result: ActionlintResult): AuditFinding[] {
  if ('crash' in result)
    return [
      {
        rule: 'actionlint-crash',
        severity: 'MEDIUM',
        confidence: 'high',
        persona: 'regular',
        message: `actionlint crashed on this file (${result.crash}); the other files were still linted`,
        file,
        line: 1,
        column: 1,
      },
    ]
  return result.problems
    .filter((p) => !COVERED.test(p.message) && p.kind !== 'credentials')
    .filter((p) => !NEWER_THAN_ACTIONLINT.some((re) => re.test(p.message)))
    .map((p) => ({
      rule: `actionlint/${p.kind}`,
      severity: BROKEN.has(p.kind) ? 'HIGH' : 'MEDIUM',
      confidence: 'high',
      persona: 'regular',
      message: p.message,
      file,
      line: Math.max(1, p.line),
      column: Math.max(1, p.column),
    }))
}

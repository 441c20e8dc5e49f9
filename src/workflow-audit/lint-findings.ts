/**
 * actionlint's diagnostics as audit findings, MEDIUM: they warn and do not block by default, since
 * actionlint's view of GitHub lags GitHub itself (a valid newer feature must not fail the gate) and
 * a workflow that is really broken fails on GitHub anyway. `--fail-on medium` makes them block. Its "potentially untrusted" expression check
 * and its container credentials check are dropped: template-injection and
 * hardcoded-container-credentials report the same problems with their fix.
 */
import type { ActionlintResult } from './actionlint.js'
import type { AuditFinding } from './finding.js'

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
      severity: 'MEDIUM',
      confidence: 'high',
      persona: 'regular',
      message: p.message,
      file,
      line: Math.max(1, p.line),
      column: Math.max(1, p.column),
    }))
}

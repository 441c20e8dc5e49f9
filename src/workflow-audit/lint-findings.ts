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

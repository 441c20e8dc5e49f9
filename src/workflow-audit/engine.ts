/**
 * The one rule engine behind `launchgate audit` and the review's devops agent: a workflow's,
 * action.yml's or dependabot.yml's text in,
 * every rule's findings out (all personas, the caller filters), each at a line and column. Pure.
 */
import type { Node } from 'yaml'
import { isDocumentError, parseAudited } from './document.js'
import type { AuditFinding, Problem, RuleSettings } from './finding.js'
import { RULES } from './rules/index.js'

/** Audits one workflow or action.yml; a file that is not valid YAML is one finding at its error. */
export function auditDocument(file: string, text: string, settings: RuleSettings = {}): AuditFinding[] {
  const doc = parseAudited(file, text)
  if (isDocumentError(doc)) {
    const { line, col } = doc.lines.linePos(doc.offset)
    return [
      {
        rule: 'yaml-error',
        severity: 'HIGH',
        confidence: 'high',
        persona: 'regular',
        message: doc.message,
        file,
        line,
        column: col,
      },
    ]
  }
  const findings: AuditFinding[] = []
  const seen = new Set<string>()
  // dependabot.yml is configuration, not code: only the dependabot rules read it.
  const rules = RULES.filter((r) => (doc.kind === 'dependabot') === r.id.startsWith('dependabot-'))
  for (const rule of rules) {
    rule.check(
      doc,
      (at: Node | number | undefined, problem: Problem) => {
        const offset = typeof at === 'number' ? at : (at?.range?.[0] ?? 0)
        const { line, col } = doc.lines.linePos(offset)
        // One finding per problem: a rule reaching the same place twice says it once.
        const key = `${rule.id}:${offset}:${problem.message}`
        if (seen.has(key)) return
        seen.add(key)
        findings.push({
          rule: rule.id,
          severity: problem.severity,
          confidence: problem.confidence,
          persona: problem.persona ?? 'regular',
          message: problem.message,
          title: rule.title,
          file,
          line,
          column: col,
        })
      },
      settings,
    )
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
}

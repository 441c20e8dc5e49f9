/**
 * Hard-coded secrets, found by secretlint with its recommended preset (cloud keys, tokens of
 * GitHub, Slack, npm, OpenAI, Anthropic..., private keys, credentials in URLs). Every hit is
 * CRITICAL: a secret in git history is leaked even after it is removed, so it must be rotated.
 * The secret itself never leaves this file: messages are secretlint's masked ones and the
 * evidence and fingerprint use the line with the secret replaced by `****`.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { findCodeSecrets } from './code-secrets.js'
import type { lintSource as lintSourceType } from '@secretlint/core'
import type { creator as presetType } from '@secretlint/secretlint-rule-preset-recommend'

const AGENTS: readonly ReviewAgent[] = ['security-auditor']

// Lock files hold integrity hashes that look like keys and never hold secrets.
const SKIP = /(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/

type LintSource = typeof lintSourceType
type PresetCreator = typeof presetType

let loaded: Promise<{ lintSource: LintSource; preset: PresetCreator }> | undefined

/** secretlint and its preset, imported once on first use. */
function loadSecretlint() {
  loaded ??= Promise.all([
    import('@secretlint/core'),
    import('@secretlint/secretlint-rule-preset-recommend'),
  ]).then(([core, preset]) => ({ lintSource: core.lintSource, preset: preset.creator }))
  return loaded
}

/** `line` with the characters of `[from, to)` (offsets in the line) replaced by `****`. */
export function maskRange(line: string, from: number, to: number): string {
  return `${line.slice(0, Math.max(0, from))}****${line.slice(Math.max(from, to))}`
}

/** The secrets in one file's text. */
export async function findSecrets(path: string, content: string): Promise<FindingCandidate[]> {
  const { lintSource, preset } = await loadSecretlint()
  const result = await lintSource({
    source: { filePath: path, content, contentType: 'text' },
    options: {
      maskSecrets: true,
      noPhysicFilePath: true,
      config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset }] },
    },
  })
  const lines = content.split(/\r?\n/)
  return result.messages.map((m) => {
    const line = m.loc.start.line
    const text = lines[line - 1] ?? ''
    const endCol = m.loc.end.line === line ? m.loc.end.column : text.length
    return {
      rule: 'hardcoded-secret',
      agents: AGENTS,
      severity: 'CRITICAL',
      title: 'Hard-coded secret',
      message: `${m.message} (secretlint ${m.ruleId})`,
      file: path,
      line,
      endLine: m.loc.end.line,
      column: m.loc.start.column + 1,
      confidence: 0.95,
      source: 'secretlint',
      anchorText: maskRange(text, m.loc.start.column, endCol),
      suggestedFix: 'rotate the secret now, then read it from the environment or a secret store',
    }
  })
}

export const secretsAnalyzer: Analyzer = {
  name: 'secrets',
  agents: AGENTS,
  async analyze({ change }): Promise<AnalyzerResult> {
    const findings: FindingCandidate[] = []
    for (const file of filesMatching(change, /./)) {
      if (SKIP.test(file.path)) continue
      const found = await findSecrets(file.path, file.content)
      const lines = new Set(found.map((f) => f.line))
      findings.push(...found, ...findCodeSecrets(file.path, file.content).filter((f) => !lines.has(f.line)))
    }
    return { findings, notices: [] }
  },
}

/**
 * The peers of the real-code benchmark, run on the same files in the same run: ESLint with
 * eslint-plugin-security, @microsoft/eslint-plugin-sdl and eslint-plugin-no-unsanitized (their
 * recommended configs) on JavaScript, and Debian's bandit on Python when it is installed. Peers
 * have no CRITICAL/HIGH scale of ours: every ESLint error counts, and bandit's MEDIUM and HIGH.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { ESLint, type Linter } from 'eslint'
import security from 'eslint-plugin-security'
import noUnsanitized from 'eslint-plugin-no-unsanitized'
import sdl from '@microsoft/eslint-plugin-sdl'

/** One peer finding. */
export interface PeerHit {
  file: string
  line: number
  endLine: number
  rule: string
}

/** The flat config of the three plugins' recommended rules, for browser and Node code alike. */
function peerConfig(): Linter.Config[] {
  const sdlConfigs = (sdl as unknown as { configs: Record<string, Linter.Config[]> }).configs
  const common = [...(sdlConfigs.common ?? []), ...(sdlConfigs.node ?? [])]
  const plugins = { security, 'no-unsanitized': noUnsanitized } as unknown as Linter.Config['plugins']
  const rules: Linter.RulesRecord = {
    ...(security as unknown as { configs: { recommended: Linter.Config } }).configs.recommended.rules,
    'no-unsanitized/method': 'error',
    'no-unsanitized/property': 'error',
  }
  for (const c of common) Object.assign(rules, c.rules)
  const sdlPlugins = Object.assign({}, ...common.map((c) => c.plugins ?? {})) as Linter.Config['plugins']
  return [
    {
      files: ['**/*.js'],
      plugins: { ...plugins, ...sdlPlugins },
      languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: Object.fromEntries(Object.entries(rules).map(([id]) => [id, 'error'])),
    },
  ]
}

/** ESLint's hits on JavaScript files, `texts` keyed by path. */
export async function eslintPeer(texts: ReadonlyMap<string, string>): Promise<PeerHit[]> {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: peerConfig(), cwd: process.cwd() })
  const hits: PeerHit[] = []
  for (const [file, text] of texts) {
    if (!file.endsWith('.js')) continue
    const [result] = await eslint.lintText(text, { filePath: `corpus/${file}` })
    for (const m of result?.messages ?? []) {
      if (m.severity !== 2 || !m.ruleId) continue
      hits.push({ file, line: m.line, endLine: m.endLine ?? m.line, rule: m.ruleId })
    }
  }
  return hits
}

/** bandit's MEDIUM and HIGH hits on the Python files, or why it did not run. */
export async function banditPeer(root: string, files: readonly string[]): Promise<PeerHit[] | string> {
  const python = files.filter((f) => f.endsWith('.py'))
  try {
    const run = await promisify(execFile)('bandit', ['-f', 'json', '-q', ...python], {
      cwd: root,
      maxBuffer: 32 * 1024 * 1024,
    }).catch((error: { stdout?: string; code?: number | string }) => {
      // bandit exits 1 when it finds something; ENOENT when it is not installed.
      if (error.code === 1 && error.stdout) return { stdout: error.stdout }
      throw error
    })
    const report = JSON.parse(run.stdout) as {
      results: Array<{
        filename: string
        line_number: number
        line_range?: number[]
        test_id: string
        issue_severity: string
      }>
    }
    return report.results
      .filter((r) => r.issue_severity === 'MEDIUM' || r.issue_severity === 'HIGH')
      .map((r) => ({
        file: r.filename.replace(/^\.\//, ''),
        line: r.line_number,
        endLine: Math.max(r.line_number, ...(r.line_range ?? [])),
        rule: r.test_id,
      }))
  } catch (error) {
    const code = (error as { code?: string }).code
    return code === 'ENOENT'
      ? 'bandit is not installed (apt-get install -y bandit); skipped'
      : `bandit failed: ${String(error).slice(0, 200)}`
  }
}

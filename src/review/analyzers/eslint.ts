/**
 * ESLint on changed JavaScript and TypeScript files, through its programmatic `Linter` (no config
 * files, no file system: the text at head goes in, messages come out) with typescript-eslint's
 * parser and the security, react-hooks and jsx-a11y plugins. ESLint and its plugins are heavy to
 * load, so one Linter is built per process on first use and shared by every review.
 */
import type { Linter as LinterType } from 'eslint/universal'
import { findPeer, TYPESCRIPT } from '../../util/optional-module.js'
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching, isScript, SCRIPT_FILE } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { ESLINT_RULES } from './eslint-rules.js'

type Kind = 'ts' | 'tsx' | 'js'

interface SharedLinter {
  linter: LinterType
  configs: Record<Kind, LinterType.Config[]>
  /** Why .ts and .tsx files cannot be linted (TypeScript is not installed), when they cannot. */
  noTypeScript?: string
}

let shared: Promise<SharedLinter> | undefined

function kindOf(path: string): Kind {
  if (/\.[cm]?ts$/.test(path)) return 'ts'
  return path.endsWith('.tsx') ? 'tsx' : 'js'
}

/**
 * The `module.exports` of a CommonJS package loaded with `import()`. Node exposes it as `default`
 * (plus the names it detects); esbuild's bundle only as `default`. Reading `default` works in both.
 */
function commonJs<T>(namespace: T): T {
  const exports = (namespace as { default?: unknown }).default
  return (exports && typeof exports === 'object' ? exports : namespace) as T
}

async function buildLinter(): Promise<SharedLinter> {
  // eslint/universal is the Linter alone: the ESLint class would pull config loading (jiti) into the bundle.
  // The typescript-eslint parser, not its plugin: the plugin imports the whole ESLint API. It needs
  // TypeScript, an optional peer of the npm package: without it ESLint's own parser reads JavaScript.
  const typescript = findPeer(TYPESCRIPT)
  const [universal, tsParser, security, reactHooks, jsxA11y] = await Promise.all([
    import('eslint/universal'),
    'file' in typescript ? import('@typescript-eslint/parser') : undefined,
    import('eslint-plugin-security'),
    import('eslint-plugin-react-hooks'),
    import('eslint-plugin-jsx-a11y'),
  ])
  const { Linter } = commonJs(universal)
  const plugins = {
    security: commonJs(security),
    'react-hooks': commonJs(reactHooks),
    'jsx-a11y': commonJs(jsxA11y),
  } as unknown as Record<string, NonNullable<LinterType.Config['plugins']>[string]>
  const config = (jsx: boolean): LinterType.Config[] => {
    const rules: LinterType.RulesRecord = {}
    for (const [id, spec] of Object.entries(ESLINT_RULES)) {
      if (spec.jsxOnly && !jsx) continue
      rules[id] = spec.options ? ['error', ...spec.options] : 'error'
    }
    return [
      {
        // Flat config matches only .js/.mjs/.cjs unless told otherwise.
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        plugins,
        languageOptions: {
          ...(tsParser ? { parser: commonJs(tsParser) as LinterType.Parser } : {}),
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx } },
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        rules,
      },
    ]
  }
  // TypeScript files cannot hold JSX (`<T>x` is a cast there); .js may, in React projects.
  return {
    linter: new Linter({ configType: 'flat' }),
    configs: { ts: config(false), tsx: config(true), js: config(true) },
    ...('missing' in typescript ? { noTypeScript: typescript.missing } : {}),
  }
}

/** The shared Linter, built on first use. */
export function sharedLinter(): Promise<SharedLinter> {
  shared ??= buildLinter()
  return shared
}

/** ESLint hits in one file; a syntax error becomes a notice, not a finding. */
export async function lintScript(
  path: string,
  text: string,
): Promise<{ findings: FindingCandidate[]; notice?: string }> {
  const { linter, configs, noTypeScript } = await sharedLinter()
  if (noTypeScript && kindOf(path) !== 'js')
    return { findings: [], notice: `eslint: ${path} could not be parsed, not linted: ${noTypeScript}` }
  // Inline `eslint-disable` comments are not honoured: a change must not switch off its own
  // reviewer (the suppressions analyzer reports them; the waivers file is the way to accept a hit).
  const messages = linter.verify(text, configs[kindOf(path)], { filename: path, allowInlineConfig: false })
  const findings: FindingCandidate[] = []
  for (const m of messages) {
    if (m.fatal)
      return { findings: [], notice: `eslint: ${path}:${m.line} does not parse (${m.message}); not linted` }
    const spec = m.ruleId ? ESLINT_RULES[m.ruleId] : undefined
    if (!spec || !m.ruleId) continue
    findings.push({
      rule: m.ruleId,
      agents: spec.agents as ReviewAgent[],
      severity: spec.severity,
      title: spec.title,
      message: m.message,
      file: path,
      line: m.line,
      endLine: Math.max(m.line, m.endLine ?? m.line),
      column: m.column,
      confidence: 0.9,
      source: 'eslint',
    })
  }
  return { findings }
}

export const eslintAnalyzer: Analyzer = {
  name: 'eslint',
  agents: ['code-reviewer', 'security-auditor', 'react-frontend-specialist'],
  async analyze({ change }): Promise<AnalyzerResult> {
    const result: AnalyzerResult = { findings: [], notices: [] }
    const files = filesMatching(change, SCRIPT_FILE).filter((f) => isScript(f.path))
    const { noTypeScript } = files.length > 0 ? await sharedLinter() : {}
    const unparsed = noTypeScript ? files.filter((f) => kindOf(f.path) !== 'js').map((f) => f.path) : []
    if (unparsed.length > 0) {
      const named =
        unparsed.length > 3
          ? `${unparsed.slice(0, 3).join(', ')} and ${unparsed.length - 3} more`
          : unparsed.join(', ')
      result.notices.push(
        `eslint: ${unparsed.length} TypeScript file(s) not linted (${named}): ${noTypeScript}`,
      )
    }
    for (const file of files.filter((f) => !unparsed.includes(f.path))) {
      const { findings, notice } = await lintScript(file.path, file.content)
      result.findings.push(...findings)
      if (notice) result.notices.push(notice)
    }
    return result
  },
}

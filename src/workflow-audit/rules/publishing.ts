/**
 * Release workflows: cache-poisoning (a job that publishes restores a cache any workflow of the
 * repository could have written) and use-trusted-publishing (a long-lived registry token where the
 * registry accepts the workflow's own OIDC identity).
 */
import { isMap, isSeq } from 'yaml'
import { get, parseUses, str, type AuditedDocument, type Job, type Step } from '../document.js'
import { parseExpression, type Expr } from '../expressions.js'
import { zizmorRule } from '../finding.js'
import { majorVersion } from './checkout.js'

/** Cache-aware actions: the input that turns caching on or off and whether it caches by default. */
const CACHE_AWARE: Record<
  string,
  { input?: string; optOut?: boolean; byDefault: boolean; values?: string[] }
> = {
  'actions/cache': { input: 'lookup-only', optOut: true, byDefault: true },
  'actions/setup-java': { input: 'cache', byDefault: false },
  'actions/setup-go': { input: 'cache', byDefault: true },
  'actions/setup-node': { input: 'cache', byDefault: false, values: ['npm', 'yarn', 'pnpm'] },
  'actions/setup-python': { input: 'cache', byDefault: false },
  'actions/setup-dotnet': { input: 'cache', byDefault: false },
  'astral-sh/setup-uv': { input: 'enable-cache', byDefault: false },
  'swatinem/rust-cache': { input: 'lookup-only', optOut: true, byDefault: true },
  'ruby/setup-ruby': { input: 'bundler-cache', byDefault: false },
  'pyo3/maturin-action': { input: 'sccache', byDefault: false },
  'mlugg/setup-zig': { input: 'use-cache', byDefault: true },
  'oven-sh/setup-bun': { input: 'no-cache', optOut: true, byDefault: true },
  'determinatesystems/magic-nix-cache-action': { input: 'use-gha-cache', byDefault: true },
  'graalvm/setup-graalvm': { input: 'cache', byDefault: false },
  'gradle/actions/setup-gradle': { input: 'cache-disabled', optOut: true, byDefault: true },
  'actions-rust-lang/setup-rust-toolchain': { input: 'cache', byDefault: true },
  'mozilla-actions/sccache-action': { byDefault: true },
  'nix-community/cache-nix-action': { byDefault: true },
  'awalsh128/cache-apt-pkgs-action': { byDefault: true },
  'jdx/mise-action': { input: 'cache', byDefault: true },
  'ramsey/composer-install': { input: 'ignore-cache', optOut: true, byDefault: true },
}

const PUBLISHERS = new Set([
  'pypa/gh-action-pypi-publish',
  'rubygems/release-gem',
  'jreleaser/release-action',
  'goreleaser/goreleaser-action',
  'softprops/action-gh-release',
  'release-drafter/release-drafter',
  'googleapis/release-please-action',
  'redhat-actions/push-to-registry',
  'aws-actions/amazon-ecs-deploy-task-definition',
  'aws-actions/aws-cloudformation-github-deploy',
  'azure/aci-deploy',
  'azure/container-apps-deploy-action',
  'azure/functions-action',
  'azure/sql-action',
  'cloudflare/wrangler-action',
  'google-github-actions/deploy-appengine',
  'google-github-actions/deploy-cloudrun',
  'google-github-actions/deploy-cloud-functions',
])

/** Evaluates a cache toggle on a tag push / release run; undefined when it depends on more. */
function onTagPush(expr: Expr): boolean | undefined {
  if (expr.kind === 'literal') return typeof expr.value === 'boolean' ? expr.value : undefined
  if (expr.kind === 'not') {
    const inner = onTagPush(expr.operand)
    return inner === undefined ? undefined : !inner
  }
  if (expr.kind === 'call' && expr.name === 'startswith') {
    const [a, b] = expr.args
    if (a?.kind === 'context' && a.parts.join('.') === 'github.ref' && b?.kind === 'literal')
      return String(b.value).toLowerCase() === 'refs/tags/'
  }
  return undefined
}

/** Release-shaped triggers: a release event, a tag push, a push to a release branch. */
function releaseTriggers(doc: AuditedDocument): { any: boolean; onlyTags: boolean } {
  const on = get(doc.root, 'on')
  const push = get(on, 'push')
  const tagPush = get(push, 'tags') !== undefined
  const branches = get(push, 'branches')
  const releaseBranch = isSeq(branches) && branches.items.some((b) => /release/i.test(str(b) ?? ''))
  const release = doc.triggers.includes('release')
  return { any: release || tagPush || releaseBranch, onlyTags: (release || tagPush) && !releaseBranch }
}

function cacheEnabled(step: Step, onlyTags: boolean, uvMajor: number | undefined): boolean | 'conditional' {
  const uses = parseUses(get(step.node, 'uses'))!
  const spec = CACHE_AWARE[uses.action]!
  if (!spec.input) return true
  const raw = str(get(get(step.node, 'with'), spec.input))
  if (raw === undefined) return uses.action === 'astral-sh/setup-uv' ? (uvMajor ?? 99) < 10 : spec.byDefault
  const fenced = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw)
  if (fenced) {
    const value = onlyTags
      ? onTagPush(parseExpression(fenced[1]!) ?? { kind: 'literal', value: null, start: 0, end: 0 })
      : undefined
    if (value === undefined) return 'conditional'
    return spec.optOut ? !value : value
  }
  if (spec.values) return spec.values.includes(raw)
  const on = raw !== 'false' && raw !== ''
  return spec.optOut ? !on : on
}

function publishes(doc: AuditedDocument, job: Job | undefined): boolean {
  return doc.steps.some((s) => {
    if (s.job !== job) return false
    const uses = parseUses(get(s.node, 'uses'))
    if (!uses) return false
    if (uses.action === 'docker/build-push-action') return str(get(get(s.node, 'with'), 'push')) === 'true'
    return PUBLISHERS.has(uses.action)
  })
}

export const cachePoisoning = zizmorRule(
  'cache-poisoning',
  'Release job restores a poisonable cache',
  (doc, emit) => {
    if (doc.kind !== 'workflow') return
    const release = releaseTriggers(doc)
    for (const step of doc.steps) {
      const uses = parseUses(get(step.node, 'uses'))
      if (!uses || !CACHE_AWARE[uses.action]) continue
      if (!release.any && !publishes(doc, step.job)) continue
      const uvMajor = majorVersion(doc.text, uses.ref, uses.node.range?.[0] ?? 0)
      const enabled = cacheEnabled(step, release.onlyTags, uvMajor)
      if (enabled === false) continue
      emit(uses.node, {
        severity: 'HIGH',
        confidence: 'low',
        message: `${uses.action} restores a cache in a job that publishes: any workflow run with a token can poison that cache; disable caching here${enabled === 'conditional' ? ' (the toggle is an expression this audit cannot decide)' : ''}`,
      })
    }
  },
)

/** `command args...` lines that upload to a registry with a manually configured credential. */
const PUBLISH_COMMANDS = [
  /\bcargo\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run|[^\n]*\s-n\b)/,
  /\buv\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run)/,
  /\b(?:uvx|pipx\s+run)\s+twine[^\n]*\supload\b/,
  /\bpython\d?(?:\.\d+)?\s+-m\s+twine\s+[^\n]*upload\b/,
  /\btwine\s+upload\b/,
  /\b(?:hatch|pdm)\s+(?:[^\n#]*\s)?publish\b/,
  /\bpoetry\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run)/,
  /\bgem\s+push\b/,
  /\bbundle\s+exec\s+gem\s+push\b/,
  /\b(?:npm|pnpm|bun)\s+(?:[^\n#]*\s)?publish\b(?![^\n]*--dry-run)/,
  /\byarn\s+(?:npm\s+)?publish\b(?![^\n]*--dry-run)/,
  /\bnuget(?:\.exe)?\s+push\b/,
  /\bdotnet\s+nuget\s+push\b/,
]

export const useTrustedPublishing = zizmorRule(
  'use-trusted-publishing',
  'Manual registry credential',
  (doc, emit) => {
    for (const step of doc.steps) {
      const uses = parseUses(get(step.node, 'uses'))
      const withMap = get(step.node, 'with')
      if (uses?.action === 'pypa/gh-action-pypi-publish' && isMap(withMap) && withMap.has('password'))
        emit(withMap.get('password', true) as never, {
          severity: 'INFO',
          confidence: 'high',
          message:
            "PyPI accepts this workflow's OIDC identity: configure a trusted publisher and drop the password",
        })
      if (uses?.action === 'rubygems/release-gem' && str(get(withMap, 'setup-trusted-publisher')) === 'false')
        emit(uses.node, {
          severity: 'INFO',
          confidence: 'high',
          message: 'RubyGems supports trusted publishing: drop the API key',
        })
      const run = get(step.node, 'run')
      const script = str(run)
      if (!run || !script) continue
      const start = run.range?.[0] ?? 0
      const raw = doc.text.slice(start, run.range?.[1] ?? start)
      for (const command of PUBLISH_COMMANDS) {
        const m = command.exec(raw)
        if (m)
          emit(start + m.index, {
            severity: 'INFO',
            confidence: 'high',
            message: `\`${m[0].trim()}\` publishes with a stored credential: the registry supports trusted publishing (OIDC) instead`,
          })
      }
    }
  },
)

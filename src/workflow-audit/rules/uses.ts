/**
 * What `uses:` pulls in, for steps, composite steps and reusable-workflow jobs alike:
 * unpinned-uses (not pinned to a full commit sha), ref-version-mismatch
 * (a sha pin without its version comment; pedantic: the mismatch itself needs the network),
 * obfuscation of `uses:` paths, secrets-inherit, archived-uses, superfluous-actions, unpinned-tools,
 * typosquat-uses, self-repository.
 */
import { get, parseUses, str, type AuditedDocument, type UsesRef } from '../document.js'
import { zizmorRule, type Emit } from '../finding.js'

const SHA = /^[0-9a-f]{40}$/i

/** Every `uses:` of the document: steps (workflow and composite) and job-level calls. */
export function allUses(doc: AuditedDocument): UsesRef[] {
  const out: UsesRef[] = []
  for (const job of doc.jobs) {
    const uses = parseUses(get(job.node, 'uses'))
    if (uses) out.push(uses)
  }
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, 'uses'))
    if (uses) out.push(uses)
  }
  return out
}

export const unpinnedUses = zizmorRule(
  'unpinned-uses',
  'Unpinned action or reusable workflow',
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      if (uses.kind === 'local') continue
      // docker:// images are unpinned-images' concern, as in zizmor.
      if (uses.kind === 'docker') continue
      if (uses.ref === undefined)
        emit(uses.node, {
          severity: 'HIGH',
          confidence: 'high',
          message: `${uses.raw} has no ref: pin it to a full commit sha`,
        })
      else if (!SHA.test(uses.ref))
        emit(uses.node, {
          severity: 'HIGH',
          confidence: 'high',
          message: `${uses.raw} is pinned to \`${uses.ref}\`, which its owner can move: use ${uses.action}@<full commit sha> # ${uses.ref}`,
        })
    }
  },
)

export const refVersionMismatch = zizmorRule(
  'ref-version-mismatch',
  'Hash pin without its version comment',
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      if (uses.kind !== 'repository' || !SHA.test(uses.ref ?? '')) continue
      const start = uses.node.range?.[0] ?? 0
      const end = doc.text.indexOf('\n', start)
      if (/#\s*\S/.test(doc.text.slice(start, end < 0 ? undefined : end))) continue
      emit(uses.node, {
        severity: 'LOW',
        confidence: 'high',
        persona: 'pedantic',
        message: `${uses.action} is pinned to a sha without a version comment: add \`# vX.Y.Z\` so updates stay readable`,
      })
    }
  },
)

export const obfuscatedUses = (doc: AuditedDocument, emit: Emit): void => {
  for (const uses of allUses(doc)) {
    if (uses.kind !== 'repository') continue
    const path = uses.raw.split('@')[0]!
    if (/\/\/|\/\.\.?(?:\/|$)|\/$/.test(path))
      emit(uses.node, {
        severity: 'LOW',
        confidence: 'high',
        message: `\`${uses.raw}\` has a redundant or relative path segment: write the plain owner/repo/path`,
      })
  }
}

export const secretsInherit = zizmorRule(
  'secrets-inherit',
  'Every secret passed to a reusable workflow',
  (doc, emit) => {
    for (const job of doc.jobs) {
      const secrets = get(job.node, 'secrets')
      if (get(job.node, 'uses') && str(secrets) === 'inherit')
        emit(secrets, {
          severity: 'MEDIUM',
          confidence: 'high',
          message: `job ${job.id} passes every secret of the repository to ${str(get(job.node, 'uses'))}: list the secrets it needs`,
        })
    }
  },
)

/** Archived action repositories: read-only, their vulnerabilities are never fixed. */
const ARCHIVED = new Set([
  'actions/create-release',
  'actions/upload-release-asset',
  'actions/setup-ruby',
  'actions/setup-elixir',
  'actions/setup-haskell',
  'actions-rs/cargo',
  'actions-rs/toolchain',
  'actions-rs/clippy-check',
  'actions-rs/audit-check',
  'actions-rs/tarpaulin',
  'actions-rs/install',
  'actions-rs/grcov',
  'crazy-max/ghaction-docker-buildx',
])

export const archivedUses = zizmorRule('archived-uses', 'Action from an archived repository', (doc, emit) => {
  for (const uses of allUses(doc))
    if (uses.kind === 'repository' && ARCHIVED.has(uses.slug))
      emit(uses.node, {
        severity: 'MEDIUM',
        confidence: 'high',
        message: `${uses.slug} is archived and no longer maintained: replace it (often with the gh CLI or a maintained fork)`,
      })
})

const SUPERFLUOUS: Record<string, string> = {
  'ncipollo/release-action': 'gh release create',
  'softprops/action-gh-release': 'gh release create',
  'elgohr/github-release-action': 'gh release create',
  'peter-evans/create-pull-request': 'gh pr create',
  'peter-evans/create-or-update-comment': 'gh pr comment / gh issue comment',
  'dacbd/create-issue-action': 'gh issue create',
  'actions-ecosystem/action-add-labels': 'gh issue edit --add-label',
  'actions-ecosystem/action-remove-labels': 'gh issue edit --remove-label',
  'svenstaro/upload-release-action': 'gh release upload',
  'addnab/docker-run-action': 'docker run',
  'sergeysova/jq-action': 'jq',
  'dtolnay/rust-toolchain': 'rustup',
  'stefanzweifel/git-auto-commit-action': 'git add, commit and push',
  'endbug/add-and-commit': 'git add, commit and push',
}

export const superfluousActions = zizmorRule(
  'superfluous-actions',
  'Action that duplicates a runner tool',
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      const instead = uses.kind === 'repository' ? SUPERFLUOUS[uses.slug] : undefined
      if (instead)
        emit(uses.node, {
          severity: 'INFO',
          confidence: 'high',
          message: `${uses.slug} does what \`${instead}\` on the runner does, with more dependencies`,
        })
    }
  },
)

const TOOL_ACTIONS = new Set(['aquasecurity/setup-trivy', '1password/load-secrets-action'])

export const unpinnedTools = zizmorRule('unpinned-tools', 'Action fetching the latest tool', (doc, emit) => {
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, 'uses'))
    if (!uses || !TOOL_ACTIONS.has(uses.slug)) continue
    const version = str(get(get(step.node, 'with'), 'version'))
    if (version === undefined || version === 'latest')
      emit(uses.node, {
        severity: 'MEDIUM',
        confidence: 'high',
        message: `${uses.slug} downloads the latest tool at run time: set \`with: version:\` to a fixed version`,
      })
  }
})

const POPULAR = [
  'actions/checkout',
  'actions/setup-node',
  'actions/setup-python',
  'actions/setup-go',
  'actions/setup-java',
  'actions/cache',
  'actions/upload-artifact',
  'actions/download-artifact',
  'actions/github-script',
  'docker/login-action',
  'docker/build-push-action',
  'docker/setup-buildx-action',
  'docker/metadata-action',
  'github/codeql-action',
  'pypa/gh-action-pypi-publish',
  'softprops/action-gh-release',
  'codecov/codecov-action',
  'peter-evans/create-pull-request',
  'aws-actions/configure-aws-credentials',
  'azure/login',
  'hashicorp/setup-terraform',
  'pnpm/action-setup',
  'dtolnay/rust-toolchain',
  'swatinem/rust-cache',
  'astral-sh/setup-uv',
  'ruby/setup-ruby',
]

/** One deletion, insertion, substitution or adjacent swap apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    )
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

export const typosquatUses = zizmorRule(
  'typosquat-uses',
  'Action name one typo from a popular action',
  (doc, emit) => {
    for (const uses of allUses(doc)) {
      if (uses.kind !== 'repository') continue
      const owner = uses.slug.split('/')[0]
      const near = POPULAR.find((p) => p.split('/')[0] !== owner && oneEditApart(uses.slug, p))
      if (near)
        emit(uses.node, {
          severity: 'HIGH',
          confidence: 'low',
          message: `${uses.slug} is one character away from ${near}, owned by someone else: check the spelling`,
        })
    }
  },
)

export const selfRepository = zizmorRule('self-repository', 'Workspace-relative uses:', (doc, emit) => {
  for (const uses of allUses(doc))
    if (uses.kind === 'local' && uses.raw.startsWith('./'))
      // Auditor only: the `$/` form is new (July 2026) and actionlint 1.7.7 and GHES reject it.
      emit(uses.node, {
        severity: 'LOW',
        confidence: 'high',
        persona: 'auditor',
        message: `${uses.raw} loads whatever is in the workspace at run time: GitHub's \`$/\` self-repository form pins it to this commit`,
      })
})

/** Whether a `uses:` matches a repository pattern: `*`, `owner/*`, `owner/repo/*`, `owner/repo`, `owner/repo/path`. */
export function matchesPattern(uses: UsesRef, pattern: string): boolean {
  const p = pattern.toLowerCase().replace(/@.*$/, '')
  if (p === '*') return true
  if (p.endsWith('/*')) return `${uses.action}/`.startsWith(p.slice(0, -1))
  return uses.action === p
}

export const forbiddenUses = zizmorRule(
  'forbidden-uses',
  'Action not allowed by policy',
  (doc, emit, settings) => {
    const { allowUses, denyUses } = settings
    if (!allowUses && !denyUses) return
    for (const uses of allUses(doc)) {
      if (uses.kind !== 'repository') continue
      const refused = allowUses
        ? !allowUses.some((p) => matchesPattern(uses, p))
        : denyUses!.some((p) => matchesPattern(uses, p))
      if (refused)
        emit(uses.node, {
          severity: 'HIGH',
          confidence: 'high',
          message: `${uses.action} is ${allowUses ? 'not in audit.forbidden-uses.allow' : 'in audit.forbidden-uses.deny'}: use an allowed action or change the policy`,
        })
    }
  },
)

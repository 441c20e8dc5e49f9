/**
 * Maintainability and supply-chain hygiene: anonymous-definition (no `name:`, pedantic),
 * concurrency-limits (runs pile up, pedantic), misfeature (setup-python's pip-install, `shell:
 * cmd`, unknown shells), adhoc-packages (packages installed outside a lockfile), github-app
 * (create-github-app-token without revocation or scoped to every repository).
 */
import { isMap } from 'yaml'
import { get, keyNode, parseUses, str, triggerNode } from '../document.js'
import { zizmorRule } from '../finding.js'

export const anonymousDefinition = zizmorRule(
  'anonymous-definition',
  'Workflow or action without a name',
  (doc, emit) => {
    if (get(doc.root, 'name') === undefined)
      emit(doc.kind === 'workflow' ? triggerNode(doc) : doc.root, {
        severity: 'INFO',
        confidence: 'high',
        persona: 'pedantic',
        message: `this ${doc.kind} has no \`name:\`, so the Actions UI shows its path`,
      })
  },
)

export const concurrencyLimits = zizmorRule('concurrency-limits', 'No concurrency limit', (doc, emit) => {
  if (doc.kind !== 'workflow' || (doc.triggers.length === 1 && doc.triggers[0] === 'workflow_call')) return
  const top = get(doc.root, 'concurrency')
  const pedantic = { severity: 'LOW', confidence: 'high', persona: 'pedantic' } as const
  if (top !== undefined) {
    // A bare group queues superseded runs; a mapping says what it wants, even `cancel-in-progress: false`.
    if (!isMap(top))
      emit(keyNode(doc.root, 'concurrency'), {
        ...pedantic,
        message:
          '`concurrency:` as a bare group never cancels superseded runs: add `cancel-in-progress: true`',
      })
    return
  }
  const jobs = doc.jobs.filter((j) => get(j.node, 'uses') === undefined)
  const bare = jobs.filter((j) => {
    const c = get(j.node, 'concurrency')
    return c !== undefined && !isMap(c)
  })
  const missing = jobs.filter((j) => get(j.node, 'concurrency') === undefined)
  if (bare.length > 0)
    emit(triggerNode(doc), {
      ...pedantic,
      message: `job(s) ${bare.map((j) => j.id).join(', ')} set a bare concurrency group without \`cancel-in-progress\``,
    })
  if (missing.length > 0)
    emit(triggerNode(doc), {
      ...pedantic,
      message: `no \`concurrency:\` for the workflow or job(s) ${missing.map((j) => j.id).join(', ')}: superseded runs keep running; add a group with \`cancel-in-progress: true\``,
    })
})

const WELL_KNOWN_SHELLS = new Set(['bash', 'sh', 'pwsh', 'powershell', 'python', 'cmd'])

export const misfeature = zizmorRule('misfeature', 'Discouraged Actions feature', (doc, emit) => {
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, 'uses'))
    const pip = keyNode(get(step.node, 'with'), 'pip-install')
    if (uses?.action === 'actions/setup-python' && pip)
      emit(pip, {
        severity: 'LOW',
        confidence: 'high',
        message:
          "setup-python's `pip-install` installs into the global environment: use a virtual environment in a run: step",
      })
  }
  const shells = [
    ...doc.steps.map((s) => get(s.node, 'shell')),
    get(get(get(doc.root, 'defaults'), 'run'), 'shell'),
    ...doc.jobs.map((j) => get(get(get(j.node, 'defaults'), 'run'), 'shell')),
  ]
  for (const node of shells) {
    const shell = str(node)
    if (!node || !shell || shell.includes('${{')) continue
    const name = shell.split(/\s+/)[0]!
    if (name === 'cmd')
      emit(node, {
        severity: 'LOW',
        confidence: 'high',
        message: '`shell: cmd` has no grammar to analyse and is not the default since 2019: use pwsh or bash',
      })
    else if (!WELL_KNOWN_SHELLS.has(name))
      emit(node, {
        severity: 'LOW',
        confidence: 'high',
        persona: 'auditor',
        message: `\`shell: ${shell}\` is not one of GitHub's documented shells and may be missing on some runners`,
      })
  }
})

const ADHOC =
  /(?:^|[;&|]\s*|\n\s*|sudo\s+)(?:npm\s+(?:install|i|add)\s+(?:-\S+\s+)*[^\s-]|yarn\s+(?:global\s+)?add\s|pnpm\s+(?:add|install\s+(?:-\S+\s+)*[^\s-])|gem\s+install\s|bundle\s+add\s)/

export const adhocPackages = zizmorRule(
  'adhoc-packages',
  'Package installed outside a lockfile',
  (doc, emit) => {
    for (const step of doc.steps) {
      const run = get(step.node, 'run')
      if (!run) continue
      const start = run.range?.[0] ?? 0
      const raw = doc.text.slice(start, run.range?.[1] ?? start)
      const m = ADHOC.exec(raw)
      if (m)
        emit(start + m.index + m[0].length - m[0].trimStart().length, {
          severity: 'LOW',
          confidence: 'high',
          message:
            'this installs a package outside a lockfile, at whatever version is newest: add it to a manifest and install with npm ci / bundle install',
        })
    }
  },
)

export const githubApp = zizmorRule('github-app', 'Over-broad GitHub App token', (doc, emit) => {
  for (const step of doc.steps) {
    const uses = parseUses(get(step.node, 'uses'))
    if (uses?.action !== 'actions/create-github-app-token' && uses?.action !== 'tibdex/github-app-token')
      continue
    const withMap = get(step.node, 'with')
    if (str(get(withMap, 'skip-token-revoke')) === 'true')
      emit(keyNode(withMap, 'skip-token-revoke'), {
        severity: 'HIGH',
        confidence: 'high',
        message: 'the app token is not revoked when the job ends: drop `skip-token-revoke`',
      })
    if (get(withMap, 'owner') !== undefined && get(withMap, 'repositories') === undefined)
      emit(keyNode(withMap, 'owner'), {
        severity: 'HIGH',
        confidence: 'high',
        message:
          '`owner:` without `repositories:` issues a token for every repository of the installation: list the repositories',
      })
    const scoped =
      isMap(withMap) &&
      withMap.items.some((p) => /^permission-/.test(String((p.key as { value?: unknown }).value)))
    if (!scoped)
      emit(uses.node, {
        severity: 'HIGH',
        confidence: 'low',
        message:
          'the app token gets every permission of the installation: request only what this job needs with `permission-*` inputs',
      })
  }
})

/**
 * The pre-deployment checklist as a pure function: the facts gathered from GitHub, git and the
 * environment go in, one verdict per item with its reason comes out. A failed item stops the
 * deploy before anything changes (the use case checks {@link checklistPassed} before merging).
 */
import picomatch from 'picomatch'
import type { ChecklistConfig } from '../config/sections/deploy.js'
import { ConfigurationError } from '../errors.js'
import type { ChangedFile, CommitCheck } from '../ports/forge.js'
import type { NeededSecret } from './secrets.js'
import { CHECKLIST_ITEMS, type ChecklistItem, type ChecklistItemId } from './types.js'

/** What {@link evaluateChecklist} judges; a field is absent when its item was not looked at. */
export interface ChecklistFacts {
  source: { branch: string; sha: string }
  /** Checks and statuses of the source branch's head commit. */
  checks?: CommitCheck[]
  /** Open pull requests into the source branch that carry the blocking label. */
  blockingPulls?: { number: number; title: string; url: string }[]
  /** Every secret the run will read (config, targets, smoke tests, Sentry) and what for. */
  neededSecrets: readonly NeededSecret[]
  /** Names of secrets and variables that are set (non-empty); values never come here. */
  presentNames: ReadonlySet<string>
  /** Files changed since the last release, or why they could not be listed. */
  changes?: { since: string; files: ChangedFile[] } | { error: string }
}

/** An item skipped for one run, and by whom (the workflow input, the config). */
export interface ChecklistSkip {
  id: ChecklistItemId
  by: string
}

const TITLES: Record<ChecklistItemId, string> = {
  'required-checks': "Staging's checks are green",
  'blocking-prs': 'No blocking pull request into staging',
  secrets: 'Required secrets are set',
  variables: 'Required environment variables are set',
  migrations: 'Database migrations are ready',
  changelog: 'CHANGELOG updated since the last release',
  docs: 'Docs updated with the code they describe',
}

/**
 * Parses item ids from the workflow input (comma, space or newline separated). An unknown id is
 * a configuration error naming the valid ones, so a typo never silently skips nothing.
 */
export function parseSkips(text: string, by: string): ChecklistSkip[] {
  const ids = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  for (const id of ids) {
    if (!(CHECKLIST_ITEMS as readonly string[]).includes(id)) {
      throw new ConfigurationError(
        `unknown checklist item '${id}' in ${by}; expected one of: ${CHECKLIST_ITEMS.join(', ')}`,
        { key: 'skip-checklist-item' },
      )
    }
  }
  return [...new Set(ids)].map((id) => ({ id: id as ChecklistItemId, by }))
}

/** True when no item failed. */
export function checklistPassed(items: readonly ChecklistItem[]): boolean {
  return items.every((item) => item.status !== 'fail')
}

/** Which items need which facts, so the I/O shell only asks for what will be judged. */
export function itemsToCheck(config: ChecklistConfig, skips: readonly ChecklistSkip[]): Set<ChecklistItemId> {
  const skipped = new Set(skips.map((s) => s.id))
  const enabled: Record<ChecklistItemId, boolean> = {
    'required-checks': config['required-checks'] !== false,
    'blocking-prs': config['blocking-label'] !== false,
    // Always judged: targets, smoke tests and Sentry add secrets of their own.
    secrets: true,
    variables: config.variables.length > 0,
    migrations: config.migrations !== false,
    changelog: config.changelog !== false,
    docs: config.docs.length > 0,
  }
  return new Set(CHECKLIST_ITEMS.filter((id) => enabled[id] && !skipped.has(id)))
}

/** One verdict per item, in the checklist's order. */
export function evaluateChecklist(
  config: ChecklistConfig,
  facts: ChecklistFacts,
  skips: readonly ChecklistSkip[],
): ChecklistItem[] {
  const active = itemsToCheck(config, skips)
  return CHECKLIST_ITEMS.map((id) => {
    const skip = skips.find((s) => s.id === id)
    if (skip) return item(id, 'skipped', `skipped by ${skip.by}`)
    if (!active.has(id)) return item(id, 'skipped', 'off in the config')
    return JUDGES[id](config, facts)
  })
}

type Judge = (config: ChecklistConfig, facts: ChecklistFacts) => ChecklistItem

const JUDGES: Record<ChecklistItemId, Judge> = {
  'required-checks': judgeChecks,
  'blocking-prs': (config, facts) => {
    const pulls = facts.blockingPulls ?? []
    if (pulls.length === 0)
      return item(
        'blocking-prs',
        'pass',
        `no open PR into ${facts.source.branch} is labelled '${String(config['blocking-label'])}'`,
      )
    const list = pulls.map((p) => `#${p.number} ${p.title} (${p.url})`)
    return item(
      'blocking-prs',
      'fail',
      `${pulls.length} open PR(s) into ${facts.source.branch} are labelled '${String(config['blocking-label'])}': merge or close them, or remove the label`,
      list,
    )
  },
  secrets: (_config, facts) => judgeSecrets(facts.neededSecrets, facts.presentNames),
  variables: (config, facts) => judgeVariables(config.variables, facts.presentNames),
  migrations: (config, facts) =>
    withChanges('migrations', facts, (files, since) =>
      judgeMigrations(String(config.migrations), files, since),
    ),
  changelog: (config, facts) =>
    withChanges('changelog', facts, (files, since) => judgeChangelog(String(config.changelog), files, since)),
  docs: (config, facts) => withChanges('docs', facts, (files) => judgeDocs(config.docs, files)),
}

function item(
  id: ChecklistItemId,
  status: ChecklistItem['status'],
  reason: string,
  details?: string[],
): ChecklistItem {
  return { id, title: TITLES[id], status, reason, ...(details && details.length > 0 ? { details } : {}) }
}

function judgeChecks(config: ChecklistConfig, facts: ChecklistFacts): ChecklistItem {
  const checks = facts.checks ?? []
  const sha = facts.source.sha.slice(0, 12)
  const wanted = config['required-checks']
  const required = Array.isArray(wanted) ? wanted : undefined
  const missing = required?.filter((name) => !checks.some((c) => c.name === name)) ?? []
  const judged = required ? checks.filter((c) => required.includes(c.name)) : checks
  const failing = judged.filter((c) => c.state === 'failure')
  const pending = judged.filter((c) => c.state === 'pending')
  const describe = (list: CommitCheck[]) =>
    list.map((c) => `${c.name} (${c.state}${c.url ? `, ${c.url}` : ''})`)
  if (failing.length > 0) {
    return item(
      'required-checks',
      'fail',
      `${failing.length} check(s) failed on ${facts.source.branch} at ${sha}: fix them and push to ${facts.source.branch}`,
      describe(failing),
    )
  }
  if (pending.length > 0) {
    return item(
      'required-checks',
      'fail',
      `${pending.length} check(s) still running on ${sha}: dispatch the deploy again when they finish`,
      describe(pending),
    )
  }
  if (missing.length > 0) {
    return item(
      'required-checks',
      'fail',
      `required check(s) not reported for ${sha}: ${missing.join(', ')}; run them on ${facts.source.branch}`,
    )
  }
  if (judged.length === 0) {
    return item(
      'required-checks',
      'fail',
      `no check reported for ${facts.source.branch} at ${sha}: run CI on it, or set checklist.required-checks to the names that must pass`,
    )
  }
  return item('required-checks', 'pass', `${judged.length} check(s) green on ${sha}`, describe(judged))
}

function judgeSecrets(needed: readonly NeededSecret[], present: ReadonlySet<string>): ChecklistItem {
  if (needed.length === 0) return item('secrets', 'pass', 'no secret needed')
  const missing = needed.filter((s) => !present.has(s.name))
  if (missing.length === 0) {
    return item('secrets', 'pass', `${needed.length} secret(s) set: ${needed.map((s) => s.name).join(', ')}`)
  }
  const list = missing.map((s) => `${s.name} (${s.purpose})`)
  return item(
    'secrets',
    'fail',
    `missing secret(s): ${list.join(', ')}. Add them to the repository's or the environment's secrets and pass them to the deploy step's env`,
  )
}

function judgeVariables(names: readonly string[], present: ReadonlySet<string>): ChecklistItem {
  const missing = names.filter((name) => !present.has(name))
  if (missing.length === 0)
    return item('variables', 'pass', `${names.length} variable(s) set: ${names.join(', ')}`)
  return item(
    'variables',
    'fail',
    `missing environment variable(s): ${missing.join(', ')}. Add them to the repository's or the environment's variables and pass them to the deploy step's env`,
  )
}

type FileJudge = (files: ChangedFile[], since: string) => ChecklistItem

/** Items over the changed files fail, with the reason, when the files could not be listed. */
function withChanges(id: ChecklistItemId, facts: ChecklistFacts, judge: FileJudge): ChecklistItem {
  const changes = facts.changes
  if (!changes)
    return item(id, 'fail', 'the changed files were not listed (a bug in launchgate: please report it)')
  if ('error' in changes) return item(id, 'fail', changes.error)
  return judge(changes.files, changes.since)
}

const inFolder = (folder: string) => {
  const prefix = `${folder.replace(/\/+$/, '')}/`
  return (path: string | undefined) => path !== undefined && path.startsWith(prefix)
}

function judgeMigrations(folder: string, files: ChangedFile[], since: string): ChecklistItem {
  const inside = inFolder(folder)
  const touched = files.filter((f) => inside(f.path) || inside(f.previousPath))
  const added = touched.filter((f) => f.status === 'added').map((f) => f.path)
  // A migration that already ran in production must never change: the database would not rerun it.
  const edited = touched
    .filter((f) => f.status !== 'added')
    .map((f) => `${f.status}: ${f.previousPath ?? f.path}`)
  if (edited.length > 0) {
    return item(
      'migrations',
      'fail',
      `${edited.length} applied migration(s) in ${folder} changed since ${since}: restore them and add a new migration instead`,
      edited,
    )
  }
  if (added.length === 0) return item('migrations', 'pass', `no new migration in ${folder} since ${since}`)
  return item(
    'migrations',
    'pass',
    `${added.length} new migration(s) in ${folder} since ${since}, run them with the deploy`,
    added,
  )
}

function judgeChangelog(file: string, files: ChangedFile[], since: string): ChecklistItem {
  const changed = files.some((f) => f.path === file && f.status !== 'removed')
  if (changed) return item('changelog', 'pass', `${file} changed since ${since}`)
  if (files.length === 0) return item('changelog', 'pass', `nothing changed since ${since}`)
  return item(
    'changelog',
    'fail',
    `${file} did not change since ${since} while ${files.length} file(s) did: describe the release in ${file} on the source branch`,
  )
}

function judgeDocs(rules: ChecklistConfig['docs'], files: ChangedFile[]): ChecklistItem {
  const paths = files.filter((f) => f.status !== 'removed').map((f) => f.path)
  const problems: string[] = []
  const passes: string[] = []
  for (const rule of rules) {
    const when = picomatch(rule.when, { dot: true })
    const touch = picomatch(rule.touch, { dot: true })
    const code = paths.filter((p) => when(p) && !touch(p))
    if (code.length === 0) continue
    if (paths.some((p) => touch(p))) passes.push(`${rule.name}: updated`)
    else
      problems.push(
        `${rule.name}: ${code.length} file(s) under ${rule.when.join(', ')} changed (${code.slice(0, 3).join(', ')}${code.length > 3 ? ', ...' : ''}) but nothing under ${rule.touch.join(', ')}`,
      )
  }
  if (problems.length > 0) return item('docs', 'fail', `update the docs: ${problems.join('; ')}`, problems)
  return item('docs', 'pass', passes.length > 0 ? passes.join('; ') : 'no documented code changed', passes)
}

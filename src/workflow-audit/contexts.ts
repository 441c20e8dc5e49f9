/**
 * How much of a context an attacker can shape, after GitHub Security Lab's "untrusted input" list
 * and the webhook payloads: `fixed` values (ids, numbers, shas, booleans, timestamps, states) carry
 * no injectable text; `structured` ones (URLs) carry some; `arbitrary` ones (titles, bodies, branch
 * names, logins, messages, emails) carry anything. Unknown fields of `github.event` are treated as
 * arbitrary: the payload is the sender's, and a missed field is worse than a cautious one.
 */

/** What an attacker controls in a context's value. */
export type Capability = 'fixed' | 'structured' | 'arbitrary'

/** `github.*` values that GitHub itself sets and no sender can shape. */
const GITHUB_FIXED = new Set([
  'action',
  'action_path',
  'actor_id',
  'api_url',
  'event_name',
  'graphql_url',
  'job',
  'ref_protected',
  'ref_type',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repositoryurl',
  'retention_days',
  'run_attempt',
  'run_id',
  'run_number',
  'server_url',
  'sha',
  'token',
  'triggering_actor',
  'workflow',
  'workflow_sha',
  'workspace',
])

const RUNNER_FIXED = new Set(['arch', 'debug', 'environment', 'name', 'os', 'temp', 'tool_cache'])

/** Payload fields GitHub generates: identifiers, counters, flags, timestamps, enumerations, shas. */
const EVENT_FIXED_LEAF =
  /^(?:id|\w+_id|number|sha|\w+_sha|before|after|size|private|fork|archived|disabled|draft|merged|locked|deleted|site_admin|default|state|status|conclusion|author_association|ref_type|\w+_count|has_\w+|allow_\w+|is_\w+|forks|watchers|open_issues|stargazers|additions|deletions|changed_files|review_comments|maintainer_can_modify|rebaseable|mergeable|created_at|updated_at|closed_at|merged_at|pushed_at|started_at|completed_at|submitted_at|run_attempt|run_number|\+1|-1|laugh|hooray|heart|rocket|eyes|confused|total_count|forced|created)$/

/** Payload fields whose value is a URL GitHub builds around a name the sender may choose. */
const EVENT_STRUCTURED_LEAF = /^(?:url|\w+_url|href)$/

/** The capability of a `github.*` or `runner.*` context path; undefined for other roots. */
export function capabilityOf(path: string): Capability | undefined {
  const parts = path.split('.')
  const [root, second] = parts
  if (root === 'runner') return RUNNER_FIXED.has(second ?? '') ? 'fixed' : undefined
  if (root !== 'github') return undefined
  if (parts.length === 2 && GITHUB_FIXED.has(second!)) return 'fixed'
  if (second !== 'event' || parts.length === 2) return 'arbitrary'
  // `head_commit.id` and `commits.*.id` are shas; `workflow_run.head_sha` too.
  const leaf = parts[parts.length - 1]!
  if (leaf === '*') return 'arbitrary'
  if (EVENT_FIXED_LEAF.test(leaf)) return 'fixed'
  if (EVENT_STRUCTURED_LEAF.test(leaf)) return 'structured'
  return 'arbitrary'
}

/** Contexts whose values are always one of a few GitHub-set words (`success`, `failure`...). */
export function isStatusContext(path: string): boolean {
  return /^needs\.[^.]+\.result$|^steps\.[^.]+\.(?:outcome|conclusion)$|^job\.status$/.test(path)
}

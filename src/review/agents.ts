/**
 * The seven agents and the analyzers behind each. An analyzer serves several agents (ESLint:
 * code, security, React); each of its rules names the agents that report it, owner first.
 */
import { REVIEW_AGENTS } from '../config/sections/review.js'
import { UsageError } from '../errors.js'
import type { Analyzer } from './analyzer.js'
import { coverageAnalyzer } from './analyzers/coverage.js'
import { dependenciesAnalyzer } from './analyzers/dependencies.js'
import { edgeFunctionsAnalyzer } from './analyzers/edge-functions.js'
import { eslintAnalyzer } from './analyzers/eslint.js'
import { performanceAnalyzer } from './analyzers/performance.js'
import { secretsAnalyzer } from './analyzers/secrets.js'
import { sqlMigrationsAnalyzer } from './analyzers/sql-migrations.js'
import { suppressionsAnalyzer } from './analyzers/suppressions.js'
import { taintAnalyzer } from './analyzers/taint.js'
import { workflowsAnalyzer } from './analyzers/workflows.js'
import type { ReviewAgent } from './findings.js'

export { REVIEW_AGENTS }

/** What each agent looks at, in the words of the launch plan. */
export const AGENT_FOCUS: Readonly<Record<ReviewAgent, string>> = {
  'code-reviewer': 'code quality, correctness bugs (ESLint)',
  'security-auditor':
    'secrets, taint from request to sink (SQL, commands, code, paths, SSRF, XSS), RLS, workflow injection',
  'performance-optimizer': 'queries awaited in loops, synchronous I/O in handlers',
  'database-architect': 'migrations: RLS, policies, locking indexes, NOT NULL columns',
  'testing-automation-expert': 'tests and coverage of the changed lines',
  'devops-engineer': 'workflows: injection, pinning, permissions, pull_request_target',
  'react-frontend-specialist': 'React hooks and accessibility (jsx-a11y)',
}

/** Every analyzer, in the order they run. */
export const ANALYZERS: readonly Analyzer[] = [
  eslintAnalyzer,
  secretsAnalyzer,
  sqlMigrationsAnalyzer,
  taintAnalyzer,
  suppressionsAnalyzer,
  edgeFunctionsAnalyzer,
  dependenciesAnalyzer,
  performanceAnalyzer,
  workflowsAnalyzer,
  coverageAnalyzer,
]

/** The analyzers that serve at least one selected agent. */
export function analyzersFor(agents: ReadonlySet<ReviewAgent>): Analyzer[] {
  return ANALYZERS.filter((a) => a.agents.some((agent) => agents.has(agent)))
}

/** Parses `--agents a,b`; an unknown name is a usage error that lists the valid ones. */
export function parseAgents(list: string): ReviewAgent[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = names.filter((n) => !(REVIEW_AGENTS as readonly string[]).includes(n))
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(
      `--agents: unknown agent ${unknown.join(', ') || '(none given)'}; choose from ${REVIEW_AGENTS.join(', ')}`,
    )
  }
  return REVIEW_AGENTS.filter((a) => names.includes(a))
}

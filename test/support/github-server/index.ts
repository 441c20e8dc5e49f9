/**
 * A local GitHub REST API for tests that validates all traffic against GitHub's OpenAPI
 * description. Start one per test (or per file), arrange state, point the client at `gh.url`,
 * and end with `gh.assertNoViolations()`.
 */
export { startGitHubServer, GitHubServer, type GitHubServerOptions, type RequestLogEntry } from './server.js'
export { GitHubState, type NewRepo } from './state.js'
export { RepoState, type NewIssue, type NewPullRequest } from './repo-state.js'
export type { MergeOutcome, CommitRecord } from './git-graph.js'
export type * from './records.js'
export {
  SECONDARY_RATE_LIMIT_MESSAGE,
  type FaultRule,
  type RequestPattern,
  type TamperRule,
} from './faults.js'
export { ContractViolationError, formatViolations, type Violation, type ViolationKind } from './violations.js'
export { OpenApiValidator } from './openapi-validator.js'
export { DEFAULT_SPEC_PATH, loadSpec } from './spec.js'

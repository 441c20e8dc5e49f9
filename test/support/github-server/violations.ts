/** Mismatches between traffic and GitHub's OpenAPI description, and how tests see them. */

/** Why a request or response broke the contract. */
export type ViolationKind =
  /** No path template of the description matches, or the method is not defined for it. */
  | 'unknown-route'
  /** Path/query parameters or JSON body do not match the operation's schemas. */
  | 'request'
  /** The server's own answer does not match the documented response (a bug in the fake). */
  | 'response'
  /** A real GitHub operation this fake does not implement yet. */
  | 'unimplemented'
  /** A route threw an unexpected error (a bug in the fake). */
  | 'server-error'

/** One recorded mismatch. */
export interface Violation {
  kind: ViolationKind
  method: string
  /** Path and query as requested. */
  path: string
  /** The matched template, when one matched. */
  template?: string
  /** Response status, for response violations. */
  status?: number
  problems: string[]
}

/** One line per violation, then its problems indented: readable in a failed test's output. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const where = `${v.method} ${v.path}${v.template ? ` (${v.template})` : ''}${v.status ? ` -> ${v.status}` : ''}`
      return [`[${v.kind}] ${where}`, ...v.problems.map((p) => `    ${p}`)].join('\n')
    })
    .join('\n')
}

/** Thrown by `assertNoViolations` so the test fails with every mismatch listed. */
export class ContractViolationError extends Error {
  constructor(readonly violations: Violation[]) {
    super(
      `the GitHub test server saw ${violations.length} violation(s) of GitHub's OpenAPI description:\n` +
        formatViolations(violations),
    )
    this.name = 'ContractViolationError'
  }
}

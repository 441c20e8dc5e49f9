/**
 * Fault injection and response tampering a test switches on: "the next N requests matching
 * METHOD + path answer 502", or "break the body of the next response" to prove the response
 * validation catches it.
 */
import { STATUS_CODES } from 'node:http'

/** Which requests a rule applies to. */
export interface RequestPattern {
  /** HTTP method, any case; all methods when absent. */
  method?: string
  /** A substring of the path (without query) or a regular expression tested against it. */
  path: string | RegExp
  /** How many matching requests the rule applies to; 1 by default, `Infinity` for all. */
  times?: number
}

/** A canned error answer instead of the real route. */
export interface FaultRule extends RequestPattern {
  status: number
  headers?: Record<string, string>
  /** JSON body; GitHub's `{ message, documentation_url }` with the status text by default. */
  body?: unknown
}

/** A change applied to a real response body just before it is validated and sent. */
export interface TamperRule extends RequestPattern {
  mutate: (body: unknown) => unknown
}

/** The message GitHub sends with a secondary rate limit; clients detect it by this text. */
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

/** An ordered list of rules, each consumed as it matches. */
export class RuleList<T extends RequestPattern> {
  private readonly rules: { rule: T; left: number }[] = []

  add(rule: T): void {
    this.rules.push({ rule, left: rule.times ?? 1 })
  }

  /** The first live rule matching the request, with one use consumed. */
  take(method: string, path: string): T | undefined {
    const entry = this.rules.find((e) => e.left > 0 && matches(e.rule, method, path))
    if (!entry) return undefined
    entry.left -= 1
    return entry.rule
  }

  clear(): void {
    this.rules.length = 0
  }
}

function matches(pattern: RequestPattern, method: string, path: string): boolean {
  if (pattern.method && pattern.method.toUpperCase() !== method.toUpperCase()) return false
  return typeof pattern.path === 'string' ? path.includes(pattern.path) : pattern.path.test(path)
}

/** The body a fault answers with when the rule gives none. */
export function faultBody(rule: FaultRule): unknown {
  if (rule.body !== undefined) return rule.body
  return { message: STATUS_CODES[rule.status] ?? 'Error', documentation_url: 'https://docs.github.com/rest' }
}

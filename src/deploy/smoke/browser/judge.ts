/**
 * The verdict of a browser smoke test, from what the page did: pure, so every rule (allow-lists,
 * the app's own origin, the expected WebSocket) is unit-tested without a browser.
 */
import type { BrowserTestConfig } from '../../../config/sections/deploy-browser.js'

/** A request of the page that failed: no answer (`error`) or an HTTP error status. */
export interface FailedRequest {
  method: string
  url: string
  status?: number
  error?: string
}

/** A WebSocket the page opened. */
export interface SocketSeen {
  url: string
  /** Why it failed (a refused handshake, a frame error); undefined while it works. */
  error?: string
  framesReceived: number
}

/** Everything the driver saw while it loaded the page and took the steps. */
export interface PageObservations {
  /** The URL loaded. */
  url: string
  /** The page could not be loaded at all (DNS, refused, timeout). */
  navigationError?: string
  /** HTTP status of the page itself. */
  documentStatus?: number
  /** Uncaught exceptions and unhandled rejections, first line each. */
  pageErrors: string[]
  consoleErrors: string[]
  failedRequests: FailedRequest[]
  sockets: SocketSeen[]
  /** Waits and steps that did not succeed, as sentences (selector not visible, step failed). */
  unmet: string[]
  stepsDone: number
}

const MAX_LISTED = 3

/** Why the page fails its test; empty when it passes. */
export function browserProblems(test: BrowserTestConfig, seen: PageObservations): string[] {
  if (seen.navigationError !== undefined) return [`could not load ${seen.url}: ${seen.navigationError}`]
  const problems: string[] = []
  if (seen.documentStatus !== undefined && seen.documentStatus >= 400)
    problems.push(`the page answered HTTP ${seen.documentStatus}`)
  if (seen.pageErrors.length > 0)
    problems.push(`uncaught exception${plural(seen.pageErrors)}: ${listed(seen.pageErrors)}`)
  const consoleErrors = seen.consoleErrors
    .filter((m) => !isNetworkMessage(m))
    .filter((m) => !allowed(m, test['allow-console-errors']))
  if (consoleErrors.length > 0) problems.push(`console.error: ${listed(consoleErrors)}`)
  problems.push(...seen.unmet)
  const failed = ownFailures(test, seen)
  if (failed.length > 0)
    problems.push(
      `failed request${plural(failed)} to the app's origin: ${listed(failed.map(describeRequest))}`,
    )
  const socket = socketProblem(test['expect-websocket'], seen.sockets)
  if (socket) problems.push(socket)
  return problems
}

/** One line on what a passing page did, for the report. */
export function browserSummary(test: BrowserTestConfig, seen: PageObservations): string {
  const parts = [`loaded ${new URL(seen.url).pathname}${status(seen.documentStatus)}`]
  if (test['expect-selector']) parts.push(`${test['expect-selector']} visible`)
  if (seen.stepsDone > 0) parts.push(`${seen.stepsDone} step(s) done`)
  const texts = expectedTexts(test)
  if (texts.length > 0) parts.push(`saw ${texts.map((t) => JSON.stringify(t)).join(', ')}`)
  const wanted = test['expect-websocket']
  const socket = wanted ? seen.sockets.find((s) => pathOf(s.url) === wanted) : undefined
  if (socket) parts.push(`WebSocket ${wanted} open (${socket.framesReceived} frame(s) received)`)
  parts.push('no uncaught exception, console.error or failed same-origin request')
  return parts.join(', ')
}

/** The texts the test expects, as a list. */
export function expectedTexts(test: BrowserTestConfig): string[] {
  const text = test['expect-text']
  return text === undefined ? [] : Array.isArray(text) ? text : [text]
}

/**
 * Failed requests to the page's own host (WebSockets included): a missing bundle or an API that
 * answers 500 is the app's fault, while a third-party tracker being blocked is not.
 */
function ownFailures(test: BrowserTestConfig, seen: PageObservations): FailedRequest[] {
  const host = new URL(seen.url).host
  // The expected WebSocket's failure has its own sentence (socketProblem).
  const sockets: FailedRequest[] = seen.sockets
    .filter((s) => s.error !== undefined && pathOf(s.url) !== test['expect-websocket'])
    .map((s) => ({ method: 'WebSocket', url: s.url, error: s.error }))
  return [...seen.failedRequests.filter((r) => r.url !== seen.url), ...sockets]
    .filter((r) => hostOf(r.url) === host)
    .filter((r) => !allowed(r.url, test['allow-failed-requests']))
}

function socketProblem(wanted: string | undefined, sockets: SocketSeen[]): string | undefined {
  if (wanted === undefined) return undefined
  const matching = sockets.filter((s) => pathOf(s.url) === wanted)
  if (matching.length === 0) {
    const others = sockets.map((s) => s.url)
    return `the page opened no WebSocket to ${wanted}${others.length > 0 ? ` (it opened ${listed(others)})` : ''}`
  }
  if (matching.every((s) => s.error !== undefined))
    return `the WebSocket to ${wanted} failed: ${matching[0]!.error}`
  return undefined
}

/**
 * The browser's own console lines about a failed load or WebSocket: the failed-request rule judges
 * those (with the app's origin and its allow-list), so they are not counted twice. A missing
 * favicon, which the page never asked for, is only ever such a line.
 */
export function isNetworkMessage(message: string): boolean {
  return (
    message.startsWith('Failed to load resource:') || /^WebSocket connection to '[^']*' failed/.test(message)
  )
}

function describeRequest(r: FailedRequest): string {
  return `${r.method} ${r.url} ${r.status !== undefined ? `HTTP ${r.status}` : (r.error ?? 'failed')}`
}

function allowed(text: string, allowList: readonly string[]): boolean {
  return allowList.some((a) => text.includes(a))
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((i) => (i.length > 300 ? `${i.slice(0, 297)}...` : i))
  const more = items.length - shown.length
  return shown.join(' | ') + (more > 0 ? ` (and ${more} more)` : '')
}

function plural(items: readonly unknown[]): string {
  return items.length === 1 ? '' : 's'
}

function status(code: number | undefined): string {
  return code === undefined ? '' : ` (HTTP ${code})`
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host
  } catch {
    return undefined
  }
}

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname
  } catch {
    return undefined
  }
}

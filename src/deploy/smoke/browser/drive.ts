/**
 * Loads one page in a real Chromium through the Chrome DevTools Protocol (playwright-core, no
 * browser download) and records what a user's browser would show: uncaught errors, console
 * errors, failed requests and WebSockets, then the waits and steps of the test. Judging is left
 * to `judge.ts`.
 */
import type { Browser, Page } from 'playwright-core'
import type { BrowserStep, BrowserTestConfig } from '../../../config/sections/deploy-browser.js'
import { expectedTexts, type FailedRequest, type PageObservations, type SocketSeen } from './judge.js'

/** What a finished drive leaves behind: the observations, and the screenshot if one was taken. */
export interface DriveResult {
  seen: PageObservations
  screenshot?: string
  /** Why the screenshot could not be saved (the page crashed, the disk is full). */
  screenshotError?: string
}

/**
 * Opens the page in a fresh context (no cookies shared between tests), runs the test, and saves
 * a screenshot of the final state to `screenshotFile` when given.
 */
export async function drivePage(
  browser: Browser,
  test: BrowserTestConfig,
  url: string,
  screenshotFile?: string,
): Promise<DriveResult> {
  const context = await browser.newContext({ viewport: test.viewport })
  try {
    const page = await context.newPage()
    const seen = observe(page, url)
    const deadline = Date.now() + test['timeout-ms']
    const left = () => Math.max(1, deadline - Date.now())
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: left() })
      seen.documentStatus = response?.status()
      await expectAndAct(page, test, seen, left)
      // Errors thrown a moment after load (timers, a failed fetch) are the user's errors too.
      if (test['settle-ms'] > 0) await page.waitForTimeout(Math.min(test['settle-ms'], left()))
    } catch (error) {
      // Playwright prefixes the API's name (`page.goto: `, or a minified one in dist/): drop it.
      seen.navigationError = firstLine(error).replace(/^(?:async )?[\w$.]+: (?=net::|Timeout )/, '')
    }
    return { seen, ...(screenshotFile ? await screenshot(page, screenshotFile) : {}) }
  } finally {
    await context.close().catch(() => undefined)
  }
}

/** Subscribes to what the page does; the arrays fill in as it runs. */
function observe(page: Page, url: string): PageObservations {
  const seen: PageObservations = {
    ...{ url, pageErrors: [], consoleErrors: [], failedRequests: [], sockets: [], unmet: [] },
    stepsDone: 0,
  }
  const failures = new Map<string, FailedRequest>()
  const fail = (request: FailedRequest) => {
    const key = `${request.method} ${request.url}`
    const known = failures.get(key)
    if (!known) {
      failures.set(key, request)
      seen.failedRequests.push(request)
    } else if (request.status !== undefined) {
      // An HTTP error status says more than the ERR_ABORTED that may come with it.
      Object.assign(known, request)
    }
  }
  page.on('pageerror', (error) => seen.pageErrors.push(`${error.name}: ${firstLine(error)}`))
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text())
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      fail({ method: response.request().method(), url: response.url(), status: response.status() })
  })
  page.on('requestfailed', (request) =>
    fail({ method: request.method(), url: request.url(), error: request.failure()?.errorText ?? 'failed' }),
  )
  page.on('websocket', (socket) => {
    const record: SocketSeen = { url: socket.url(), framesReceived: 0 }
    seen.sockets.push(record)
    socket.on('socketerror', (error) => (record.error ??= error))
    socket.on('framereceived', () => (record.framesReceived += 1))
  })
  return seen
}

/** The selector, then the steps, then the texts: each failure is a sentence in `seen.unmet`. */
async function expectAndAct(
  page: Page,
  test: BrowserTestConfig,
  seen: PageObservations,
  left: () => number,
): Promise<void> {
  const selector = test['expect-selector']
  if (selector !== undefined) {
    const problem = await visible(page, selector, left, test['timeout-ms'])
    if (problem) {
      seen.unmet.push(problem)
      return
    }
  }
  for (const [index, step] of test.steps.entries()) {
    try {
      await runStep(page, step, left)
      seen.stepsDone += 1
    } catch (error) {
      const why = isTimeout(error) ? `not done within the test's ${test['timeout-ms']} ms` : firstLine(error)
      seen.unmet.push(`step ${index + 1} (${describeStep(step)}) failed: ${why}`)
      return
    }
  }
  for (const text of expectedTexts(test)) {
    try {
      await page.getByText(text).first().waitFor({ state: 'visible', timeout: left() })
    } catch {
      seen.unmet.push(`the text ${JSON.stringify(text)} did not appear within ${test['timeout-ms']} ms`)
    }
  }
}

/** Undefined when the element shows up in time; else says whether it is absent or hidden. */
async function visible(
  page: Page,
  selector: string,
  left: () => number,
  budget: number,
): Promise<string | undefined> {
  const locator = page.locator(selector).first()
  try {
    await locator.waitFor({ state: 'visible', timeout: left() })
    return undefined
  } catch {
    // A slow load can spend the whole budget: say so rather than blame the element.
    if (await locator.isVisible().catch(() => false))
      return `${selector} was visible only after the test's ${budget} ms had run out (a slow page)`
    const count = await page
      .locator(selector)
      .count()
      .catch(() => 0)
    return count === 0
      ? `${selector} never appeared within ${budget} ms`
      : `${selector} is in the page but was not visible within ${budget} ms`
  }
}

async function runStep(page: Page, step: BrowserStep, left: () => number): Promise<void> {
  const timeout = left()
  if ('type' in step) return page.locator(step.type.selector).first().fill(step.type.text, { timeout })
  if ('click' in step) return page.locator(step.click).first().click({ timeout })
  if ('wait-for' in step) return page.locator(step['wait-for']).first().waitFor({ state: 'visible', timeout })
  if ('wait-for-text' in step)
    return page.getByText(step['wait-for-text']).first().waitFor({ state: 'visible', timeout })
  const press = typeof step.press === 'string' ? { key: step.press } : step.press
  if (press.selector) return page.locator(press.selector).first().press(press.key, { timeout })
  return page.keyboard.press(press.key)
}

/** The step in the config's words, for a failure message. */
export function describeStep(step: BrowserStep): string {
  if ('type' in step) return `type into ${step.type.selector}`
  if ('click' in step) return `click ${step.click}`
  if ('wait-for' in step) return `wait for ${step['wait-for']}`
  if ('wait-for-text' in step) return `wait for the text ${JSON.stringify(step['wait-for-text'])}`
  return typeof step.press === 'string'
    ? `press ${step.press}`
    : `press ${step.press.key} in ${step.press.selector}`
}

async function screenshot(page: Page, file: string): Promise<Omit<DriveResult, 'seen'>> {
  try {
    await page.screenshot({ path: file, timeout: 15_000 })
    return { screenshot: file }
  } catch (error) {
    return { screenshotError: firstLine(error) }
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError'
}

/** The first line of an error: Playwright appends its call log, which a report does not need. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]!.trim()
}

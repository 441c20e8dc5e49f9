/**
 * The browser smoke tests drive the machine's real Chromium. Without one they fail loudly, unless
 * LAUNCHGATE_NO_BROWSER=1 says so on purpose: then they check the "not run" report instead. They
 * are never skipped in silence.
 */
import { expect } from '@jest/globals'
import { findBrowser } from '../../../src/deploy/smoke/browser/find-browser.js'
import type { SmokeResult } from '../../../src/deploy/types.js'

const choice = findBrowser(undefined, process.env)

/** True when the run was told there is no browser (LAUNCHGATE_NO_BROWSER=1). */
export const NO_BROWSER = process.env.LAUNCHGATE_NO_BROWSER === '1'

/** Throws (in a beforeAll, failing every test of the block) when no browser is found by accident. */
export function requireBrowserUnlessWaived(): void {
  if ('missing' in choice && !NO_BROWSER) {
    throw new Error(
      `no browser to drive: ${choice.missing}. These tests need a real Chromium (apt-get install -y chromium); set LAUNCHGATE_NO_BROWSER=1 to run them without one`,
    )
  }
}

/**
 * Asserts a browser test's verdict; with LAUNCHGATE_NO_BROWSER=1, asserts that it was reported as
 * not run (and passed only because it is not required).
 */
export function expectJudged(result: SmokeResult | undefined, ok: boolean, detail: RegExp): void {
  expect(result).toBeDefined()
  if (NO_BROWSER) {
    expect(result!.notRun).toBe(true)
    expect(result!.detail).toMatch(/^NOT RUN, no browser: LAUNCHGATE_NO_BROWSER=1 is set/)
    return
  }
  expect(result!.notRun).toBeUndefined()
  expect({ ok: result!.ok, detail: result!.detail }).toEqual({ ok, detail: expect.stringMatching(detail) })
}

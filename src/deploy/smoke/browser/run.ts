/**
 * The `browser` smoke test: one Chromium per smoke run, shared by its browser tests (a launch
 * costs a second or more), a fresh context per test, a screenshot of the final state kept as an
 * artifact. No browser on the machine is never a silent pass: the test reports "not run", and
 * `required: true` turns that into a failure.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, chromium as Chromium } from 'playwright-core'
import type { BrowserTestConfig } from '../../../config/sections/deploy-browser.js'
import { loadPeer, PLAYWRIGHT } from '../../../util/optional-module.js'
import type { SmokeResult } from '../../types.js'
import { drivePage, firstLine } from './drive.js'
import { findBrowser } from './find-browser.js'
import { browserProblems, browserSummary } from './judge.js'

type Outcome = Pick<SmokeResult, 'ok' | 'detail' | 'httpLatenciesMs' | 'notRun' | 'screenshot'>

/** The run's browser, launched on first use; `close` is safe to call when it never started. */
export interface BrowserPool {
  get(): Promise<{ browser: Browser } | { missing: string }>
  close(): Promise<void>
}

/** A pool over the browser the config or the machine names (see `findBrowser`). */
export function browserPool(
  configured: string | undefined,
  env: Record<string, string | undefined>,
): BrowserPool {
  let launched: ReturnType<BrowserPool['get']> | undefined
  return {
    get() {
      launched ??= launch(configured, env)
      return launched
    },
    async close() {
      const started = await launched
      if (started && 'browser' in started) await started.browser.close().catch(() => undefined)
    },
  }
}

async function launch(
  configured: string | undefined,
  env: Record<string, string | undefined>,
): Promise<{ browser: Browser } | { missing: string }> {
  // Loaded only when a browser test runs: the other commands never pay for it. An optional peer of
  // the npm package (the action bundle vendors it): without it the test is NOT RUN, with the fix.
  const playwright = loadPeer<{ chromium: typeof Chromium }>(PLAYWRIGHT)
  if ('missing' in playwright) return playwright
  const choice = findBrowser(configured, env)
  if ('missing' in choice) return choice
  try {
    const { chromium } = playwright.module
    const browser = await chromium.launch({ executablePath: choice.executable, timeout: 60_000 })
    return { browser }
  } catch (error) {
    return {
      missing: `the browser ${choice.executable} (from ${choice.source}) did not start: ${firstLine(error)}`,
    }
  }
}

/** Runs one browser test against `url`; the screenshot goes to `artifactsDir`. */
export async function runBrowserTest(
  test: BrowserTestConfig,
  pool: BrowserPool,
  url: string,
  artifactsDir: string,
): Promise<Outcome> {
  const started = await pool.get()
  if ('missing' in started) {
    const consequence = test.required ? 'required: true, so this fails' : 'set required: true to fail instead'
    return {
      ok: !test.required,
      notRun: true,
      detail: `NOT RUN, no browser: ${started.missing} (${consequence})`,
      httpLatenciesMs: [],
    }
  }
  let file: string | undefined
  if (test.screenshot) {
    await mkdir(artifactsDir, { recursive: true })
    file = path.join(artifactsDir, `${fileSlug(test.name)}.png`)
  }
  const { seen, screenshot, screenshotError } = await drivePage(started.browser, test, url, file)
  const problems = browserProblems(test, seen)
  const shot = screenshot
    ? `; screenshot ${screenshot}`
    : screenshotError
      ? `; no screenshot: ${screenshotError}`
      : ''
  const detail = problems.length > 0 ? problems.join('; ') : browserSummary(test, seen)
  return {
    ok: problems.length === 0,
    detail: detail + shot,
    httpLatenciesMs: [],
    ...(screenshot ? { screenshot } : {}),
  }
}

/** A file name from a test name: `assistant widget` -> `assistant-widget`. */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'page' : slug.slice(0, 80)
}

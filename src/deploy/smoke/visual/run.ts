/**
 * The UI comparison: each named page screenshotted on the baseline URL and on the URL under test
 * in the run's browser (masks painted over dynamic regions on both sides), diffed, and the three
 * images (before, after, diff) kept as artifact files for a person to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { VisualConfig, VisualPage } from '../../../config/sections/deploy-visual.js'
import { firstLine } from '../browser/drive.js'
import { fileSlug, type BrowserPool } from '../browser/run.js'
import { compareImages } from './compare.js'

/** One page's comparison. */
export interface VisualResult {
  name: string
  path: string
  /** Within the threshold (or not run and so not judged: see `notRun`). */
  ok: boolean
  notRun?: boolean
  /** Share of differing pixels, 0..1, when both screenshots were taken. */
  share?: number
  before?: string
  after?: string
  diff?: string
  detail: string
}

export interface VisualRun {
  baselineUrl: string
  url: string
  browsers: BrowserPool
  artifactsDir: string
}

/** Compares every configured page, one after the other (two page loads each). */
export async function runVisualComparison(visual: VisualConfig, run: VisualRun): Promise<VisualResult[]> {
  const started = await run.browsers.get()
  if ('missing' in started) {
    return visual.pages.map((page) => ({
      ...{ name: page.name, path: page.path, ok: true, notRun: true },
      detail: `NOT RUN, no browser: ${started.missing}`,
    }))
  }
  const dir = path.join(run.artifactsDir, 'visual')
  await mkdir(dir, { recursive: true })
  const results: VisualResult[] = []
  for (const page of visual.pages) results.push(await comparePage(started.browser, visual, page, run, dir))
  return results
}

async function comparePage(
  browser: Browser,
  visual: VisualConfig,
  page: VisualPage,
  run: VisualRun,
  dir: string,
): Promise<VisualResult> {
  const base = { name: page.name, path: page.path }
  const shoot = (url: string) => capture(browser, visual, page, new URL(page.path, url).toString())
  const before = await shoot(run.baselineUrl)
  if ('error' in before) return { ...base, ok: false, detail: `baseline ${before.error}` }
  const after = await shoot(run.url)
  if ('error' in after) return { ...base, ok: false, detail: after.error }
  const diff = compareImages(before.png, after.png, visual['pixel-threshold'])
  const files = {
    before: path.join(dir, `${fileSlug(page.name)}-before.png`),
    after: path.join(dir, `${fileSlug(page.name)}-after.png`),
    diff: path.join(dir, `${fileSlug(page.name)}-diff.png`),
  }
  await Promise.all([
    writeFile(files.before, before.png),
    writeFile(files.after, after.png),
    writeFile(files.diff, diff.diffPng),
  ])
  const ok = !diff.sizeChanged && diff.share <= visual.threshold
  const percent = (share: number) => `${(share * 100).toFixed(2)} %`
  const size = diff.sizeChanged ? '; the page size changed' : ''
  const detail = `${diff.differentPixels} of ${diff.width * diff.height} pixels differ (${percent(diff.share)}, threshold ${percent(visual.threshold)})${size}`
  return { ...base, ok, share: diff.share, ...files, detail }
}

async function capture(
  browser: Browser,
  visual: VisualConfig,
  page: VisualPage,
  url: string,
): Promise<{ png: Buffer } | { error: string }> {
  const context = await browser.newContext({ viewport: visual.viewport, reducedMotion: 'reduce' })
  try {
    const tab = await context.newPage()
    const timeout = visual['timeout-ms']
    await tab.goto(url, { waitUntil: 'load', timeout })
    if (page['wait-for']) await tab.locator(page['wait-for']).first().waitFor({ state: 'visible', timeout })
    const png = await tab.screenshot({
      ...{ fullPage: page['full-page'], animations: 'disabled', caret: 'hide', timeout },
      mask: page.mask.map((selector) => tab.locator(selector)),
    })
    return { png }
  } catch (error) {
    return { error: `${url}: ${firstLine(error)}` }
  } finally {
    await context.close().catch(() => undefined)
  }
}

/**
 * The UI comparison: pixel diffs of synthetic images, then `launchgate smoke --baseline-url` in a
 * real Chromium against two builds served on 127.0.0.1. A planted visual change is a HIGH finding
 * with its three images; a dynamic region that is masked is ignored (and found when it is not).
 */
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PNG } from 'pngjs'
import { stringify } from 'yaml'
import { compareImages } from '../../src/deploy/smoke/visual/compare.js'
import { cli } from '../support/cli.js'
import { NO_BROWSER, requireBrowserUnlessWaived } from './support/browser.js'

/** A solid image with an optional block of another colour. */
function png(width: number, height: number, block?: { x: number; y: number; size: number }): Buffer {
  const image = new PNG({ width, height })
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const inBlock =
        block && x >= block.x && x < block.x + block.size && y >= block.y && y < block.y + block.size
      image.data.set(inBlock ? [200, 30, 30, 255] : [240, 240, 240, 255], (y * width + x) * 4)
    }
  return PNG.sync.write(image)
}

describe('comparing two images', () => {
  it('counts the differing pixels, their share, and draws them in a diff image', () => {
    expect(compareImages(png(40, 20), png(40, 20), 0.1)).toMatchObject({ differentPixels: 0, share: 0 })
    const changed = compareImages(png(40, 20), png(40, 20, { x: 5, y: 5, size: 10 }), 0.1)
    expect(changed).toMatchObject({ differentPixels: 100, share: 100 / 800, sizeChanged: false })
    const diff = PNG.sync.read(changed.diffPng)
    expect([diff.width, diff.height]).toEqual([40, 20])
    expect([...diff.data.subarray((7 * 40 + 7) * 4, (7 * 40 + 7) * 4 + 3)]).toEqual([255, 0, 0])
  })

  it('counts a change of size as different', () => {
    const grown = compareImages(png(40, 20), png(40, 30), 0.1)
    expect(grown).toMatchObject({ sizeChanged: true, differentPixels: 400, width: 40, height: 30 })
  })
})

/** A build of the app: the head build paints the header another colour and shows another time. */
function page(build: 'base' | 'head', route: string): string {
  const header = route === '/changed' && build === 'head' ? '#8a1c1c' : '#1d5c3f'
  const clock = build === 'base' ? '09:00:00' : '17:45:12'
  return `<!doctype html><html><body style="margin:0;font:16px sans-serif">
<header style="background:${header};color:#fff;padding:24px">Wheels &amp; Wins</header>
<main style="padding:24px"><p>Plan your next trip.</p><p id="clock" style="font-size:48px">${clock}</p></main>
</body></html>`
}

async function serve(build: 'base' | 'head'): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(build, req.url ?? '/')),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

let base: { url: string; server: Server }
let head: { url: string; server: Server }
let root: string

beforeAll(async () => {
  requireBrowserUnlessWaived()
  ;[base, head] = await Promise.all([serve('base'), serve('head')])
  root = await mkdtemp(path.join(tmpdir(), 'lg-visual-'))
  await mkdir(path.join(root, '.github'))
  const visual = {
    threshold: 0.001,
    viewport: { width: 640, height: 360 },
    pages: [
      { name: 'header', path: '/changed', mask: ['#clock'] },
      { name: 'home', path: '/', mask: ['#clock'] },
      { name: 'home unmasked', path: '/' },
    ],
  }
  await writeFile(
    path.join(root, '.github/launchgate.yml'),
    stringify({ version: 1, deploy: { smoke: { visual } } }),
  )
})
afterAll(async () => {
  for (const s of [base, head]) if (s) await new Promise((resolve) => s.server.close(resolve))
  if (root) await rm(root, { recursive: true, force: true })
})

describe('launchgate smoke --baseline-url: the UI comparison in a real browser', () => {
  it('finds the planted change, ignores the masked clock, and keeps before, after and diff', async () => {
    const args = ['smoke', '--base-url', head.url, '--baseline-url', base.url, '--root', root, '-f', 'json']
    const run = await cli(args, root, process.env)
    const doc = JSON.parse(run.stdout) as {
      ok: boolean
      findings: Array<{ rule: string; severity: string; title: string }>
      visual: Array<{ name: string; ok: boolean; notRun?: boolean; share?: number; diff?: string }>
    }
    if (NO_BROWSER) {
      expect(run.code).toBe(0)
      expect(doc.visual.map((v) => v.notRun)).toEqual([true, true, true])
      return
    }
    expect(run.code).toBe(1)
    expect(doc.ok).toBe(false)
    expect(doc.visual.map((v) => [v.name, v.ok])).toEqual([
      ['header', false],
      ['home', true],
      ['home unmasked', false],
    ])
    expect(doc.visual[1]!.share).toBe(0)
    expect(doc.findings.map((f) => [f.rule, f.severity, f.title])).toEqual([
      ['deploy/visual/changed', 'HIGH', 'header (/changed)'],
      ['deploy/visual/changed', 'HIGH', 'home unmasked (/)'],
    ])
    for (const file of ['header-before.png', 'header-after.png', 'header-diff.png'])
      await access(path.join(root, '.launchgate/smoke/visual', file))
    expect(run.stderr).toMatch(
      /\[visual\] CHANGED header: \d+ of 230400 pixels differ \(\d+\.\d\d %, threshold 0\.10 %\)/,
    )
  }, 90_000)

  it('refuses pages with nothing to compare them with (exit 2)', async () => {
    const run = await cli(['smoke', '--base-url', head.url, '--root', root], root, process.env)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('set deploy.smoke.visual.baseline-url or pass --baseline-url')
  })
})

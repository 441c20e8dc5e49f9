/**
 * The `browser` smoke test in a real Chromium against pages served on 127.0.0.1: each broken page
 * is judged with its own clear reason, the good one passes, and the screenshot is a real PNG.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { deploySchema } from '../../src/config/sections/deploy.js'
import { runSmokeTests } from '../../src/deploy/smoke/run.js'
import type { SmokeResult } from '../../src/deploy/types.js'
import { expectJudged, NO_BROWSER, requireBrowserUnlessWaived } from './support/browser.js'
import { startPageServer, WS_PATH, type PageServer } from './support/pages.js'

// Budgets with room for a loaded machine (the whole suite on two shared cores).
const widget = { kind: 'browser', 'expect-selector': '#pam-widget', 'timeout-ms': 20_000, 'settle-ms': 300 }
const TESTS = [
  { ...widget, name: 'good', path: '/good', 'expect-websocket': WS_PATH },
  {
    ...widget,
    name: 'asks PAM',
    path: '/good',
    steps: [{ type: { selector: '#pam-input', text: 'Plan a trip to Denver' } }, { press: 'Enter' }],
    'expect-text': 'PAM heard: "Plan a trip to Denver"',
  },
  { ...widget, name: 'throws', path: '/throws' },
  { ...widget, name: 'throws later', path: '/throws-later' },
  { ...widget, name: 'console error', path: '/console-error' },
  { ...widget, name: 'allowed console error', path: '/console-error', 'allow-console-errors': ['no token'] },
  { ...widget, name: 'never renders', path: '/never-renders', 'timeout-ms': 6000 },
  { ...widget, name: 'hidden', path: '/hidden', 'timeout-ms': 6000 },
  { ...widget, name: 'missing bundle', path: '/missing-bundle' },
  { ...widget, name: 'ws wrong path', path: '/ws-wrong-path', 'expect-websocket': WS_PATH },
  { ...widget, name: 'ws refused', path: '/ws-refused' },
  { ...widget, name: 'third party', path: '/third-party' },
  {
    ...widget,
    name: 'step fails',
    path: '/good',
    'timeout-ms': 6000,
    steps: [{ click: '#send-button' }],
  },
]

let pages: PageServer
let artifacts: string
let results: Map<string, SmokeResult>
let log: string[]

beforeAll(async () => {
  requireBrowserUnlessWaived()
  pages = await startPageServer()
  artifacts = await mkdtemp(path.join(tmpdir(), 'lg-browser-smoke-'))
  log = []
  // A port that nothing listens on any more: the app is down.
  const closed = await startPageServer()
  await closed.close()
  TESTS.push({
    ...widget,
    name: 'app down',
    path: `${closed.url}/`,
    screenshot: false,
  } as (typeof TESTS)[number])
  const config = deploySchema.parse({ smoke: { tests: TESTS, concurrency: 3 } })
  const list = await runSmokeTests(config.smoke, {
    baseUrl: pages.url,
    env: process.env,
    log: (line) => log.push(line),
    artifactsDir: artifacts,
  })
  results = new Map(list.map((r) => [r.name, r]))
}, 240_000)

afterAll(async () => {
  await pages?.close()
  if (artifacts) await rm(artifacts, { recursive: true, force: true })
})

describe('browser smoke tests in a real Chromium', () => {
  it('pass a good page: widget visible, its WebSocket open, nothing thrown or logged', () => {
    expectJudged(
      results.get('good'),
      true,
      /^loaded \/good \(HTTP 200\), #pam-widget visible, WebSocket \/api\/v1\/pam\/ws open \(0 frame\(s\) received\), no uncaught exception, console.error or failed same-origin request; screenshot .*good\.png$/,
    )
  })

  it('take the steps a user takes and see the assistant reply', () => {
    expectJudged(
      results.get('asks PAM'),
      true,
      /2 step\(s\) done, saw "PAM heard: \\"Plan a trip to Denver\\""/,
    )
  })

  it('fail a page that throws on load, or a moment after', () => {
    expectJudged(results.get('throws'), false, /^uncaught exception: Error: widget bundle exploded;/)
    expectJudged(
      results.get('throws later'),
      false,
      /^uncaught exception: TypeError: Cannot read properties of null/,
    )
  })

  it('fail a console.error, unless its text is allow-listed', () => {
    expectJudged(results.get('console error'), false, /^console\.error: PAM failed to init: no token;/)
    expectJudged(results.get('allowed console error'), true, /^loaded \/console-error/)
  })

  it('fail a widget that never renders, and say when it is there but hidden', () => {
    expectJudged(results.get('never renders'), false, /^#pam-widget never appeared within 6000 ms;/)
    expectJudged(
      results.get('hidden'),
      false,
      /^#pam-widget is in the page but was not visible within 6000 ms;/,
    )
  })

  it("fail a missing bundle: a failed request to the app's own origin", () => {
    expectJudged(
      results.get('missing bundle'),
      false,
      /^failed request to the app's origin: GET http:\/\/127\.0\.0\.1:\d+\/assets\/pam-widget\.js HTTP 404;/,
    )
  })

  it('fail a WebSocket at the wrong path, or one the app refuses', () => {
    expectJudged(
      results.get('ws wrong path'),
      false,
      /failed request to the app's origin: WebSocket ws:\/\/127\.0\.0\.1:\d+\/api\/v1\/pam\/socket Error during WebSocket handshake: Unexpected response code: 404; the page opened no WebSocket to \/api\/v1\/pam\/ws \(it opened ws:\/\/127\.0\.0\.1:\d+\/api\/v1\/pam\/socket\)/,
    )
    expectJudged(
      results.get('ws refused'),
      false,
      /^failed request to the app's origin: WebSocket ws:\/\/.*\/refused\/api\/v1\/pam\/ws Error during WebSocket handshake: Unexpected response code: 503;/,
    )
  })

  it("ignore a failed request to another origin (a blocked tracker is not the app's fault)", () => {
    expectJudged(results.get('third party'), true, /^loaded \/third-party/)
  })

  it('say the page could not load when nothing answers', () => {
    expectJudged(
      results.get('app down'),
      false,
      /^could not load http:\/\/127\.0\.0\.1:(\d+)\/: net::ERR_CONNECTION_REFUSED at http:\/\/127\.0\.0\.1:\1\/$/,
    )
  })

  it('name the step that failed', () => {
    expectJudged(
      results.get('step fails'),
      false,
      /^step 1 \(click #send-button\) failed: not done within the test's 6000 ms;/,
    )
  })

  it('keep a screenshot of the final state, as a PNG file, for every test that ran', async () => {
    const good = results.get('good')!
    if (NO_BROWSER) {
      expect(good.screenshot).toBeUndefined()
      return
    }
    expect(good.screenshot).toBe(path.join(artifacts, 'good.png'))
    const png = await readFile(good.screenshot!)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(results.get('never renders')!.screenshot).toBe(path.join(artifacts, 'never-renders.png'))
  })

  it('log one line per test, marked pass, FAIL or NOT RUN', () => {
    expect(log).toHaveLength(TESTS.length)
    const marks = new Set(log.map((l) => /^\[smoke\] (pass|FAIL|NOT RUN) /.exec(l)?.[1]))
    expect(marks).toEqual(NO_BROWSER ? new Set(['NOT RUN']) : new Set(['pass', 'FAIL']))
  })
})

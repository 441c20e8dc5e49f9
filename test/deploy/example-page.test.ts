/**
 * The example app's assistant widget in a real Chromium, judged by the browser test of the
 * example's own config: it passes when healthy, and each fault the rehearsal can switch on
 * (the page throws on load, the widget's WebSocket URL is wrong) fails it with its reason.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { runSmokeTests } from '../../src/deploy/smoke/run.js'
import { startExampleApp, type AppFault, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { expectJudged, requireBrowserUnlessWaived } from './support/browser.js'

const EXAMPLE_CONFIG = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/wheels-and-wins/.github/launchgate.yml',
)

let app: ExampleApp
let artifacts: string
let smoke: ReturnType<typeof parseConfig>['deploy']['smoke']

beforeAll(async () => {
  requireBrowserUnlessWaived()
  const config = parseConfig(await readFile(EXAMPLE_CONFIG, 'utf8'), EXAMPLE_CONFIG)
  smoke = { ...config.deploy.smoke, tests: config.deploy.smoke.tests.filter((t) => t.kind === 'browser') }
  app = await startExampleApp()
  artifacts = await mkdtemp(path.join(tmpdir(), 'lg-example-page-'))
})
afterAll(async () => {
  await app?.close()
  if (artifacts) await rm(artifacts, { recursive: true, force: true })
})

async function widgetTest(fault: AppFault | undefined) {
  app.setFault(fault)
  try {
    const [result] = await runSmokeTests(
      { ...smoke, tests: smoke.tests.map((t) => ({ ...t, 'timeout-ms': 10_000 })) },
      { baseUrl: app.url, env: process.env, log: () => undefined, artifactsDir: artifacts },
    )
    return result
  } finally {
    app.setFault(undefined)
  }
}

describe("the example app's assistant widget in a real browser", () => {
  it('serves the page and the widget bundle', async () => {
    const page = await fetch(`${app.url}/`)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('<script src="/assets/pam-widget.js"></script>')
    const script = await fetch(`${app.url}/assets/pam-widget.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('renders, opens its WebSocket and shows the reply to a question', async () => {
    expect(smoke.tests.map((t) => t.name)).toEqual(['assistant widget'])
    expectJudged(
      await widgetTest(undefined),
      true,
      /^loaded \/ \(HTTP 200\), #pam-widget visible, 2 step\(s\) done, saw "PAM heard", WebSocket \/api\/v1\/pam\/ws open \(1 frame\(s\) received\)/,
    )
  }, 60_000)

  it('fails when the page throws on load: the error, and the widget that never rendered', async () => {
    expectJudged(
      await widgetTest('page-throws'),
      false,
      /^uncaught exception: TypeError: Cannot read properties of undefined \(reading 'wsPath'\); #pam-widget never appeared within 10000 ms; the page opened no WebSocket to \/api\/v1\/pam\/ws;/,
    )
  }, 60_000)

  it("fails when the widget's WebSocket URL is wrong: the refused socket and the widget's own error", async () => {
    expectJudged(
      await widgetTest('widget-ws-wrong'),
      false,
      /^console\.error: PAM: the assistant connection failed; the text "PAM heard" did not appear within 10000 ms; failed request to the app's origin: WebSocket ws:\/\/127\.0\.0\.1:\d+\/api\/pam\/ws Error during WebSocket handshake: Unexpected response code: 404; the page opened no WebSocket to \/api\/v1\/pam\/ws \(it opened ws:\/\/127\.0\.0\.1:\d+\/api\/pam\/ws\)/,
    )
  }, 60_000)
})

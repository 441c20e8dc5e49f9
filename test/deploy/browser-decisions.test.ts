/**
 * The browser smoke test's pure parts: the config shape of the issue, the choice of browser, the
 * verdict over what a page did, and the loud "not run" when there is no browser.
 */
import { describe, expect, it } from '@jest/globals'
import { parseConfig, ConfigFileError } from '../../src/config/load.js'
import { deploySchema } from '../../src/config/sections/deploy.js'
import { browserTestSchema } from '../../src/config/sections/deploy-browser.js'
import { chooseBrowser } from '../../src/deploy/smoke/browser/find-browser.js'
import { browserProblems, type PageObservations } from '../../src/deploy/smoke/browser/judge.js'
import { fileSlug } from '../../src/deploy/smoke/browser/run.js'
import { smokeFindings } from '../../src/deploy/smoke/report.js'
import { runSmokeTests } from '../../src/deploy/smoke/run.js'

const ISSUE_YAML = `version: 1
deploy:
  smoke:
    tests:
      - name: assistant widget
        kind: browser
        path: /
        expect-selector: '#pam-widget'     # visible within the timeout
        # by default: no uncaught exception, no console.error, no failed same-origin request
`

describe('the browser test config', () => {
  it("accepts the issue's shape, with defaults for everything else", () => {
    const config = parseConfig(ISSUE_YAML, 'launchgate.yml')
    expect(config.deploy.smoke.tests[0]).toEqual({
      ...{ name: 'assistant widget', kind: 'browser', path: '/', 'expect-selector': '#pam-widget' },
      ...{ 'timeout-ms': 30_000, steps: [], 'allow-console-errors': [], 'allow-failed-requests': [] },
      ...{ 'settle-ms': 300, viewport: { width: 1280, height: 800 }, screenshot: true, required: false },
    })
    expect(config.deploy.smoke['artifacts-dir']).toBe('.launchgate/smoke')
  })

  it('accepts the steps a user takes, each as a one-key object', () => {
    const steps = [
      { type: { selector: '#pam-input', text: 'Plan a trip' } },
      { press: 'Enter' },
      { press: { selector: '#pam-input', key: 'Control+A' } },
      { click: 'button[type=submit]' },
      { 'wait-for': '#pam-reply' },
      { 'wait-for-text': 'PAM heard' },
    ]
    const test = browserTestSchema.parse({ name: 'ask', kind: 'browser', path: '/', steps })
    expect(test.steps).toEqual(steps)
  })

  it('refuses an unknown step at its line and column', () => {
    const yaml = `${ISSUE_YAML}        steps:\n          - hover: '#pam-widget'\n`
    let error: unknown
    try {
      parseConfig(yaml, 'launchgate.yml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigFileError)
    expect((error as ConfigFileError).problems[0]).toMatchObject({
      message: expect.stringMatching(/^deploy\.smoke\.tests\[0\]\.steps\[0\]: a step is one of type: /),
      position: { file: 'launchgate.yml', line: 11, column: 13 },
    })
  })
})

describe('choosing the browser', () => {
  const only =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file)

  it('takes the config first, then LAUNCHGATE_BROWSER, then PATH in a fixed order', () => {
    const env = { PATH: '/opt/bin:/usr/bin', LAUNCHGATE_BROWSER: '/env/chrome' }
    const all = only('/cfg/chrome', '/env/chrome', '/usr/bin/chromium', '/opt/bin/google-chrome')
    expect(chooseBrowser('/cfg/chrome', env, all)).toEqual({
      executable: '/cfg/chrome',
      source: 'deploy.smoke.browser',
    })
    expect(chooseBrowser(undefined, env, all)).toEqual({
      executable: '/env/chrome',
      source: 'LAUNCHGATE_BROWSER',
    })
    expect(chooseBrowser(undefined, { PATH: env.PATH }, all)).toEqual({
      executable: '/opt/bin/google-chrome',
      source: 'PATH',
    })
    expect(chooseBrowser(undefined, { PATH: '/nowhere' }, only('/usr/bin/chromium'))).toEqual({
      executable: '/usr/bin/chromium',
      source: 'a well-known location',
    })
  })

  it('says why there is none: a bad configured path, nothing installed, or LAUNCHGATE_NO_BROWSER', () => {
    expect(chooseBrowser('/cfg/chrome', {}, only())).toEqual({
      missing: 'deploy.smoke.browser is /cfg/chrome, which is not an executable file',
    })
    expect(chooseBrowser(undefined, { PATH: '/usr/bin' }, only())).toMatchObject({
      missing: expect.stringMatching(/^no Chrome or Chromium found .*apt-get install chromium/),
    })
    expect(chooseBrowser(undefined, { LAUNCHGATE_NO_BROWSER: '1' }, only('/usr/bin/chromium'))).toEqual({
      missing: 'LAUNCHGATE_NO_BROWSER=1 is set',
    })
  })
})

describe('judging what the page did', () => {
  const test = browserTestSchema.parse({
    ...{ name: 'w', kind: 'browser', path: '/', 'expect-websocket': '/ws' },
    ...{ 'allow-console-errors': ['ResizeObserver'], 'allow-failed-requests': ['/api/optional'] },
  })
  const clean: PageObservations = {
    ...{ url: 'http://app.test:8080/', documentStatus: 200, pageErrors: [], consoleErrors: [] },
    ...{ failedRequests: [], sockets: [{ url: 'ws://app.test:8080/ws', framesReceived: 1 }], unmet: [] },
    stepsDone: 0,
  }

  it('passes a clean page', () => {
    expect(browserProblems(test, clean)).toEqual([])
  })

  it("counts the browser's own network lines once, as failed requests, and honours both allow-lists", () => {
    const seen: PageObservations = {
      ...clean,
      consoleErrors: [
        'Failed to load resource: the server responded with a status of 404 (Not Found)',
        "WebSocket connection to 'ws://app.test:8080/x' failed: boom",
        'ResizeObserver loop limit exceeded',
      ],
      failedRequests: [
        { method: 'GET', url: 'http://app.test:8080/api/optional', status: 404 },
        { method: 'GET', url: 'https://cdn.other.test/font.woff', error: 'net::ERR_FAILED' },
      ],
    }
    expect(browserProblems(test, seen)).toEqual([])
  })

  it('lists every problem, a few of each at most', () => {
    const seen: PageObservations = {
      ...clean,
      documentStatus: 500,
      pageErrors: ['Error: a', 'Error: b'],
      consoleErrors: ['one', 'two', 'three', 'four', 'five'],
      failedRequests: [{ method: 'POST', url: 'http://app.test:8080/api/chat', status: 502 }],
      sockets: [{ url: 'ws://app.test:8080/ws', framesReceived: 0, error: 'closed before open' }],
      unmet: ['#pam-widget never appeared within 5000 ms'],
    }
    expect(browserProblems(test, seen)).toEqual([
      'the page answered HTTP 500',
      'uncaught exceptions: Error: a | Error: b',
      'console.error: one | two | three (and 2 more)',
      '#pam-widget never appeared within 5000 ms',
      "failed request to the app's origin: POST http://app.test:8080/api/chat HTTP 502",
      'the WebSocket to /ws failed: closed before open',
    ])
  })

  it('reports a page that could not load with that reason alone', () => {
    const seen = {
      ...clean,
      navigationError: 'page.goto: net::ERR_CONNECTION_REFUSED at http://app.test:8080/',
    }
    expect(browserProblems(test, seen)).toEqual([
      'could not load http://app.test:8080/: page.goto: net::ERR_CONNECTION_REFUSED at http://app.test:8080/',
    ])
  })
})

describe('no browser on the machine', () => {
  const run = async (required: boolean) => {
    const config = deploySchema.parse({
      smoke: { tests: [{ name: 'assistant widget', kind: 'browser', path: '/', required }] },
    })
    const log: string[] = []
    const env = { LAUNCHGATE_NO_BROWSER: '1' }
    const [result] = await runSmokeTests(config.smoke, {
      baseUrl: 'http://127.0.0.1:9',
      env,
      log: (l) => log.push(l),
    })
    return { result: result!, log }
  }

  it('reports the test as not run, loudly, and passes it only when it is not required', async () => {
    const optional = await run(false)
    expect(optional.result).toMatchObject({ ok: true, notRun: true, kind: 'browser' })
    expect(optional.log[0]).toMatch(/^\[smoke\] NOT RUN assistant widget \(\d+ ms\): NOT RUN, no browser: /)
    expect(smokeFindings([optional.result])).toEqual([
      expect.objectContaining({
        rule: 'deploy/smoke/not-run',
        severity: 'MEDIUM',
        title: 'assistant widget',
      }),
    ])
    const required = await run(true)
    expect(required.result).toMatchObject({ ok: false, notRun: true })
    expect(required.result.detail).toMatch(/required: true, so this fails\)$/)
    expect(smokeFindings([required.result])[0]).toMatchObject({
      rule: 'deploy/smoke/browser',
      severity: 'CRITICAL',
    })
  })

  it('names screenshots after their test', () => {
    expect(fileSlug('Assistant widget: ask PAM!')).toBe('assistant-widget-ask-pam')
    expect(fileSlug('***')).toBe('page')
  })
})

/**
 * The hosts against real local servers: the Netlify fake (validated against Netlify's Swagger
 * description), the Render fake (Render's documented API) and the example app's health endpoint,
 * driven through the wait loop on a stepping clock so a twenty-minute wait takes milliseconds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { steppingClock } from '../../src/deploy/clock.js'
import { waitForTarget, waitUntilLive } from '../../src/deploy/wait.js'
import { healthHost, netlifyHost, renderHost } from '../../src/hosting/index.js'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { startNetlifyServer, type NetlifyServer } from '../support/netlify-server/index.js'
import { startRenderServer, type RenderServer } from '../support/render-server/index.js'

const SHA = 'b'.repeat(40)
const OLD = 'a'.repeat(40)
const limits = { timeoutMs: 20 * 60_000, pollMs: 15_000 }
const fast = { retries: 2, retryBaseMs: 1, timeoutMs: 2000 }

let netlify: NetlifyServer
let render: RenderServer
let app: ExampleApp

beforeAll(async () => {
  ;[netlify, render, app] = await Promise.all([
    startNetlifyServer({ token: 'nf-token-123456' }),
    startRenderServer('rnd-key-123456'),
    startExampleApp({ sha: OLD }),
  ])
})

afterAll(async () => {
  await Promise.all([netlify?.close(), render?.close(), app?.close()])
})

const io = () => {
  const lines: string[] = []
  return { lines, clock: steppingClock(), log: (line: string) => lines.push(line) }
}

describe('Netlify', () => {
  const host = (site: string, token = 'nf-token-123456') =>
    netlifyHost({ name: 'frontend', siteId: site, token, apiUrl: netlify.url, ...fast })

  it('waits through the build of our commit until it is ready, with a progress line per poll', async () => {
    netlify.addDeploy('site-ok', OLD, ['ready'])
    netlify.addDeploy('site-ok', SHA, ['enqueued', 'building', 'processing', 'ready'])
    const run = io()
    const wait = await waitForTarget(host('site-ok'), SHA, limits, run)
    expect(wait).toMatchObject({ outcome: 'live', polls: 4, waitedMs: 45_000 })
    expect(run.lines[0]).toMatch(/^\[frontend\] waiting after 0s: Netlify deploy \w+ is enqueued$/)
    expect(run.lines.at(-1)).toMatch(/^\[frontend\] live after 45s: Netlify deploy \w+ is ready$/)
    netlify.assertNoViolations()
  })

  it('stops at a failed build with Netlify’s error message', async () => {
    netlify.addDeploy('site-broken', SHA, ['building', 'error'], {
      error_message: 'Build script returned non-zero exit code: 2',
    })
    const wait = await waitForTarget(host('site-broken'), SHA, limits, io())
    expect(wait.outcome).toBe('failed')
    expect(wait.detail).toMatch(/failed \(error\): Build script returned non-zero exit code: 2/)
  })

  it('fails at once on a wrong token instead of waiting twenty minutes', async () => {
    const wait = await waitForTarget(host('site-ok', 'wrong-token-000'), SHA, limits, io())
    expect(wait).toMatchObject({ outcome: 'failed', polls: 1 })
    expect(wait.detail).toMatch(/Netlify .*HTTP 401/)
    expect(wait.detail).not.toContain('wrong-token-000')
  })

  it('retries a 502 and keeps polling; times out when no deploy of our commit ever appears', async () => {
    netlify.fail(502, 1)
    const run = io()
    const wait = await waitForTarget(host('site-empty'), SHA, { timeoutMs: 60_000, pollMs: 15_000 }, run)
    expect(wait).toMatchObject({ outcome: 'timed-out', waitedMs: 60_000, polls: 5 })
    expect(wait.detail).toBe(`not live after 1 min; last seen: no Netlify deploy of ${SHA.slice(0, 12)} yet`)
    expect(netlify.requests.filter((r) => r.status === 502)).toHaveLength(1)
    netlify.assertNoViolations()
  })
})

describe('Render', () => {
  const host = (service: string) =>
    renderHost({ name: 'backend', serviceId: service, token: 'rnd-key-123456', apiUrl: render.url, ...fast })

  it('waits until the deploy of our commit is live', async () => {
    render.addDeploy('srv-ok', SHA, ['queued', 'build_in_progress', 'update_in_progress', 'live'])
    const wait = await waitForTarget(host('srv-ok'), SHA, limits, io())
    expect(wait).toMatchObject({ outcome: 'live', polls: 4 })
    render.assertNoViolations()
  })

  it.each(['build_failed', 'update_failed', 'canceled'])('stops on %s', async (status) => {
    render.addDeploy(`srv-${status}`, SHA, ['build_in_progress', status])
    const wait = await waitForTarget(host(`srv-${status}`), SHA, limits, io())
    expect(wait.outcome).toBe('failed')
    expect(wait.detail).toContain(status.replace(/_/g, ' '))
  })
})

describe('a health endpoint reporting the release', () => {
  it('is live once the app reports our sha, and all targets are waited for at once', async () => {
    render.addDeploy('srv-both', SHA, ['build_in_progress', 'live'])
    const health = healthHost({ name: 'app', healthUrl: `${app.url}/api/health`, timeoutMs: 2000 })
    const run = io()
    // The app switches to the new release once the loop has seen the old one.
    const sleep = run.clock.sleep
    run.clock.sleep = async (ms) => {
      if (run.lines.some((l) => l.startsWith('[app] waiting'))) app.setSha(SHA)
      await sleep(ms)
    }
    const waits = await waitUntilLive(
      [
        health,
        renderHost({
          name: 'backend',
          serviceId: 'srv-both',
          token: 'rnd-key-123456',
          apiUrl: render.url,
          ...fast,
        }),
      ],
      SHA,
      limits,
      run,
    )
    expect(waits.map((w) => [w.target, w.outcome])).toEqual([
      ['app', 'live'],
      ['backend', 'live'],
    ])
    expect(
      // One stepping clock under two concurrent loops adds both sleeps, so only the order is checked.
      run.lines.some((l) => /^\[app\] waiting after \d+s: still serving aaaaaaaaaaaa$/.test(l)),
    ).toBe(true)
  })

  it('keeps waiting while the app reports the previous release (wrong sha), then times out', async () => {
    app.setSha(SHA)
    app.setFault('wrong-sha')
    const health = healthHost({ name: 'app', healthUrl: `${app.url}/api/health`, timeoutMs: 2000 })
    const wait = await waitForTarget(health, SHA, { timeoutMs: 30_000, pollMs: 15_000 }, io())
    app.setFault(undefined)
    expect(wait.outcome).toBe('timed-out')
    expect(wait.detail).toMatch(/last seen: still serving/)
  })
})

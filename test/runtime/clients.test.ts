/**
 * The runtime builds every non-GitHub HTTP client (Sentry, embeddings) with the same settings:
 * its logger and `LAUNCHGATE_RETRY_BASE_MS`. Before, the monitor's Sentry client and the
 * embeddings provider ignored the knob (a user could not shorten or lengthen their backoff).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { prefilterSchema } from '../../src/config/sections/prefilter.js'
import { cliRequest } from '../../src/runtime/request.js'
import { createRuntime, type Runtime } from '../../src/runtime/runtime.js'
import { terminalLogger } from '../../src/runtime/loggers.js'
import { startEmbeddingsServer, type EmbeddingsServer } from '../prefilter/support/embeddings-server.js'
import { FAKE_SENTRY_TOKEN, startSentryServer, type SentryServer } from '../support/sentry-server/index.js'

const SHA = 'a'.repeat(40)

function runtimeWith(env: NodeJS.ProcessEnv): { runtime: Runtime; lines: string[] } {
  const lines: string[] = []
  const runtime = createRuntime({
    surface: 'cli',
    env,
    cwd: process.cwd(),
    logger: terminalLogger((text) => lines.push(text)),
    request: cliRequest({}, env),
    root: process.cwd(),
    mask: () => undefined,
  })
  return { runtime, lines }
}

let sentry: SentryServer
let embeddings: EmbeddingsServer
beforeAll(async () => {
  sentry = await startSentryServer({ org: 'acme', projects: ['web'] })
  embeddings = await startEmbeddingsServer([['privacy', 'private']])
})
afterAll(async () => {
  await sentry?.close()
  await embeddings?.close()
})

describe('the runtime’s HTTP clients', () => {
  it('gives Sentry clients the retry knob and the logger', async () => {
    const { runtime, lines } = runtimeWith({ LAUNCHGATE_RETRY_BASE_MS: '1' })
    expect(runtime.http.retryBaseMs).toBe(1)
    sentry.fail({ method: 'POST', path: '/releases/', status: 502, times: 2 })
    const client = runtime.sentry({ baseUrl: sentry.url, org: 'acme', token: FAKE_SENTRY_TOKEN })
    const started = Date.now()
    await expect(client.createRelease({ version: SHA, projects: ['web'] })).resolves.toMatchObject({
      created: true,
    })
    // Two retries at the default backoff take seconds; with the knob at 1 ms they take none.
    expect(Date.now() - started).toBeLessThan(1000)
    expect(lines.filter((l) => l.startsWith('warning:') && /Sentry/.test(l))).toHaveLength(2)
    expect(lines.join('')).not.toContain(FAKE_SENTRY_TOKEN)
    sentry.assertNoViolations()
  })

  it('names the missing Sentry token instead of sending an empty one', () => {
    const { runtime } = runtimeWith({})
    expect(() => runtime.sentry({ baseUrl: sentry.url, org: 'acme' })).toThrow(/SENTRY_AUTH_TOKEN/)
  })

  it('gives the embeddings provider the retry knob and the key from the variable the config names', async () => {
    const section = prefilterSchema.parse({
      embeddings: { url: embeddings.url, model: 'test-embed', 'api-key-env': 'EMBED_KEY' },
    })
    const { runtime, lines } = runtimeWith({
      LAUNCHGATE_RETRY_BASE_MS: '1',
      EMBED_KEY: 'sk-runtime-key-123456',
    })
    const setting = runtime.embeddings(section)
    expect(setting.warning).toBeUndefined()
    embeddings.fail({ status: 500 }, { status: 500 })
    const started = Date.now()
    const [vector] = await setting.provider!.embed(['privacy'])
    expect(vector).toEqual(embeddings.vectorOf('privacy'))
    expect(Date.now() - started).toBeLessThan(1000)
    expect(embeddings.requests.at(-1)?.authorization).toBe('Bearer sk-runtime-key-123456')
    expect(lines.filter((l) => l.startsWith('warning:'))).toHaveLength(2)
  })

  it('runs offline with one warning when the key variable is unset', () => {
    const section = prefilterSchema.parse({
      embeddings: { url: embeddings.url, model: 'test-embed', 'api-key-env': 'EMBED_KEY' },
    })
    const { runtime } = runtimeWith({})
    expect(runtime.embeddings(section)).toEqual({
      warning: 'prefilter.embeddings: EMBED_KEY is not set; filtering offline without embeddings',
    })
  })
})

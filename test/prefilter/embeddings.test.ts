import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { prefilterSchema } from '../../src/config/sections/prefilter.js'
import { runBenchmark } from '../../src/prefilter/bench.js'
import { openAiEmbeddings, type OpenAiEmbeddingsOptions } from '../../src/prefilter/embeddings.js'
import { readTools } from '../../src/prefilter/formats.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { EmbeddingCache, filterWithEmbeddings, SemanticIndex } from '../../src/prefilter/semantic.js'
import { embeddingsFromConfig } from '../../src/prefilter/settings.js'
import { sealTools } from './helpers.js'
import { startEmbeddingsServer, type EmbeddingsServer } from './support/embeddings-server.js'

const KEY = 'sk-test-embeddings-0123456789'

// Real Seal-Tools tools plus one that shares meaning but no word with "keep my whereabouts private".
const privacy = readTools([
  {
    name: 'manage_privacy',
    description: 'Who can see what you share',
    parameters: { type: 'object', properties: { visibility: { type: 'string' } } },
  },
]).tools
const app = [...sealTools().slice(0, 80), ...privacy]
const MESSAGE = 'keep my whereabouts private'
// Words only: near spellings would match "private" to manage_privacy's name without any vectors.
const WORDS_ONLY = { vectors: null, scoring: { spellingWeight: 0 } }

function recorder() {
  const warnings: string[] = []
  return { warnings, log: { warning: (m: string) => warnings.push(m) } }
}

let server: EmbeddingsServer
beforeAll(async () => {
  server = await startEmbeddingsServer([['privacy', 'private', 'whereabouts', 'visibility', 'see']])
})
afterAll(async () => server.close())
afterEach(() => server.failAlways(undefined))

function provider(options: Partial<OpenAiEmbeddingsOptions> = {}) {
  return openAiEmbeddings({ url: server.url, model: 'test-embed', apiKey: KEY, retryBaseMs: 10, ...options })
}

describe('embeddings provider (OpenAI-compatible /v1/embeddings)', () => {
  it('sends model and inputs with the key, in batches, and puts vectors back in input order', async () => {
    const before = server.requests.length
    const texts = ['alpha privacy', 'beta', 'gamma private', 'delta', 'epsilon']
    const vectors = await provider({ batchSize: 2 }).embed(texts)
    const sent = server.requests.slice(before)
    expect(sent.map((r) => r.input)).toEqual([texts.slice(0, 2), texts.slice(2, 4), texts.slice(4)])
    expect(sent[0]).toMatchObject({ model: 'test-embed', authorization: `Bearer ${KEY}` })
    // The server answers in reverse order; each vector is still its own input's.
    expect(vectors).toEqual(texts.map((t) => server.vectorOf(t)))
  })

  it('retries a 500 and a 429 with backoff, then succeeds', async () => {
    const before = server.requests.length
    server.fail({ status: 500 }, { status: 429, headers: { 'retry-after': '0' } })
    const { warnings, log } = recorder()
    const [v] = await provider({ log }).embed(['privacy'])
    expect(v).toEqual(server.vectorOf('privacy'))
    expect(server.requests.length - before).toBe(3)
    expect(warnings).toHaveLength(2)
    expect(warnings.join('\n')).not.toContain(KEY)
  })
})

describe('the semantic step in front of the filter', () => {
  it('keeps a tool that shares meaning but no word with the message', async () => {
    const prefilter = new ToolPrefilter(app, WORDS_ONLY)
    // Offline, no word matches: the fallback sends the whole catalogue.
    expect(prefilter.filter(MESSAGE).fallback).toBe(true)
    const semantic = await SemanticIndex.prepare(prefilter, provider(), { cache: new EmbeddingCache() })
    expect(semantic.offline).toBe(false)
    const result = await filterWithEmbeddings(prefilter, semantic, MESSAGE)
    expect(result.fallback).toBe(false)
    expect(result.tools.length).toBeLessThan(10)
    expect(result.tools.find((t) => t.relevance === 1)?.name).toBe('manage_privacy')
    // It extends the lexical choice, it does not replace it: what BM25 kept stays.
    const lexical = prefilter.filter('football score of the match').tools.map((t) => t.name)
    expect(lexical).toContain('getFootballScore')
    const both = await filterWithEmbeddings(prefilter, semantic, 'football score of the match')
    expect(both.tools.map((t) => t.name)).toEqual(expect.arrayContaining(lexical))
  })

  it('a benchmark measures the filter with the signals of every case, embedded in batches', async () => {
    const prefilter = new ToolPrefilter(app, WORDS_ONLY)
    const semantic = await SemanticIndex.prepare(prefilter, provider(), { cache: new EmbeddingCache() })
    const cases = [
      { message: MESSAGE, context: {}, expected: ['manage_privacy'], line: 1 },
      { message: 'football score of the match', context: {}, expected: ['getFootballScore'], line: 2 },
    ]
    const before = server.requests.length
    const signals = await semantic.signals(cases.map((c) => c.message))
    expect(server.requests.length - before).toBe(1)
    const offline = runBenchmark(prefilter, cases).figures
    const online = runBenchmark(prefilter, cases, signals).figures
    expect(online.completeness).toBe(1)
    // Offline, the privacy message matches nothing and the fallback sends the whole catalogue.
    expect(online.tokenReduction.mean).toBeGreaterThan(offline.tokenReduction.mean + 0.3)
  })

  it('embeds each tool text once: a second catalogue build asks only for what changed', async () => {
    const cache = new EmbeddingCache()
    await SemanticIndex.prepare(new ToolPrefilter(app), provider(), { cache })
    expect(cache.size).toBe(app.length)
    const before = server.requests.length
    const changed = [
      ...app.slice(0, -1),
      ...readTools([{ ...privacy[0]!.definition!, description: 'Hide me' }]).tools,
    ]
    const again = await SemanticIndex.prepare(new ToolPrefilter(changed), provider(), { cache })
    expect(again.offline).toBe(false)
    const asked = server.requests.slice(before).flatMap((r) => r.input as string[])
    expect(asked).toEqual(['manage privacy: Hide me\nParameters: visibility'])
  })

  it('falls back to offline with one warning when the provider keeps answering 500', async () => {
    server.failAlways({ status: 500, body: { error: { message: `bad key ${KEY}` } } })
    const { warnings, log } = recorder()
    const prefilter = new ToolPrefilter(app)
    const semantic = await SemanticIndex.prepare(prefilter, provider({ retries: 1 }), {
      log,
      cache: new EmbeddingCache(),
    })
    expect(semantic.offline).toBe(true)
    expect(semantic.offlineReason).toMatch(/500/)
    const result = await filterWithEmbeddings(prefilter, semantic, MESSAGE)
    expect(result).toEqual(prefilter.filter(MESSAGE))
    expect(warnings.filter((w) => w.includes('filtering offline'))).toHaveLength(1)
    expect(warnings.join('\n')).not.toContain(KEY)
  })

  it('falls back to offline when the provider hangs past the timeout', async () => {
    server.failAlways('hang')
    const { warnings, log } = recorder()
    const prefilter = new ToolPrefilter(app)
    const started = Date.now()
    const semantic = await SemanticIndex.prepare(prefilter, provider({ timeoutMs: 200, retries: 0 }), {
      log,
      cache: new EmbeddingCache(),
    })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(semantic.offline).toBe(true)
    expect(warnings[0]).toMatch(/embeddings unavailable .*(time|200)/i)
  })

  it('a message that cannot be embedded is filtered offline, warned once', async () => {
    const { warnings, log } = recorder()
    const prefilter = new ToolPrefilter(app)
    const semantic = await SemanticIndex.prepare(prefilter, provider({ retries: 0 }), {
      log,
      cache: new EmbeddingCache(),
    })
    expect(semantic.offline).toBe(false)
    server.failAlways({ status: 503 })
    for (let i = 0; i < 3; i++)
      expect(await filterWithEmbeddings(prefilter, semantic, MESSAGE)).toEqual(prefilter.filter(MESSAGE))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/embedding the message failed .*503/)
  })
})

describe('prefilter.embeddings in the config', () => {
  const section = prefilterSchema.parse({
    embeddings: { url: 'http://127.0.0.1:1/v1', model: 'm', 'api-key-env': 'EMBED_KEY' },
  })

  it('has defaults for the timeout and the retries, and refuses a key in place of a variable name', () => {
    expect(section.embeddings).toMatchObject({ 'timeout-ms': 5000, retries: 2 })
    const bad = prefilterSchema.safeParse({
      embeddings: { url: 'http://x/v1', model: 'm', 'api-key-env': KEY },
    })
    expect(bad.success).toBe(false)
  })

  it('reads the key from the named variable, and runs offline with a warning when it is unset', async () => {
    expect(embeddingsFromConfig(section, {})).toEqual({
      warning: 'prefilter.embeddings: EMBED_KEY is not set; filtering offline without embeddings',
    })
    const local = prefilterSchema.parse({
      embeddings: { url: server.url, model: 'm', 'api-key-env': 'EMBED_KEY' },
    })
    const setting = embeddingsFromConfig(local, { EMBED_KEY: KEY })
    const before = server.requests.length
    await setting.provider!.embed(['x'])
    expect(server.requests[before]!.authorization).toBe(`Bearer ${KEY}`)
  })
})

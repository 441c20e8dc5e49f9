/**
 * The LLM pass through the real OpenAI and Anthropic SDKs against a local server that plays back
 * recorded responses: structured output, re-anchoring, the repair attempt, 429 with retry-after,
 * timeouts, chunking, prompt caching and a missing key.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chunkChange } from '../../src/review/llm/excerpt.js'
import { readChange } from '../../src/review/change.js'
import {
  anthropicTextAnswer,
  anthropicToolAnswer,
  findingsJson,
  openaiAnswer,
  openaiRateLimited,
  slow,
  startLlmServer,
  type LlmServer,
} from '../support/llm-server/index.js'
import {
  ANTHROPIC_KEY,
  llmConfig,
  modelFinding,
  OFF_BY_ONE_LINE,
  OPENAI_KEY,
  openaiOptions,
  openaiPrompt,
  PAYMENTS,
} from './llm-support.js'
import { changeRepo, reviewChange } from './support.js'

const CODE = ['code-reviewer'] as const
let server: LlmServer

beforeEach(async () => {
  server = await startLlmServer()
})
afterEach(async () => {
  await server.close()
})

const llmRules = (findings: Array<{ rule: string; file: string; line: number }>) =>
  findings.filter((f) => f.rule.startsWith('llm/')).map((f) => `${f.rule}@${f.file}:${f.line}`)

describe('the OpenAI path', () => {
  it('adds the model finding on the added line it quotes and drops what does not point at the diff', async () => {
    server.reply(
      'openai',
      openaiAnswer(
        findingsJson([
          modelFinding({ line: 5 }), // wrong number, right quote: moved to line 3
          modelFinding({ file: 'src/elsewhere.ts', rule: 'phantom' }),
          modelFinding({ rule: 'unsure', line: 1, quote: 'export function total', confidence: 0.3 }),
        ]),
      ),
    )
    const outcome = await reviewChange({}, PAYMENTS, { agents: CODE, ...openaiOptions(server) })
    expect(llmRules(outcome.findings)).toEqual([`llm/off-by-one@src/payments.ts:${OFF_BY_ONE_LINE}`])
    const finding = outcome.findings.find((f) => f.rule === 'llm/off-by-one')!
    expect(finding.properties).toMatchObject({ source: 'llm:openai', agents: ['code-reviewer'] })
    expect(finding.properties.confidence).toBeLessThanOrEqual(0.85)
    expect(outcome.llm).toMatchObject({
      requests: 1,
      findings: 1,
      dropped: { 'not-in-diff': 1, 'low-confidence': 1, duplicate: 0 },
      usage: { cachedInputTokens: 1536 },
    })
    expect(outcome.gate.passed).toBe(false)
    const [request] = server.of('openai')
    expect(request!.headers.authorization).toBe(`Bearer ${OPENAI_KEY}`)
    expect(request!.body).toMatchObject({
      model: 'gpt-5.4-mini',
      response_format: { type: 'json_schema', json_schema: { name: 'report_findings', strict: true } },
    })
    const { system, user } = openaiPrompt(request!.body)
    expect(system).toMatch(/code-reviewer agent/)
    expect(user).toMatch(/<<<UNTRUSTED [0-9a-f]{24} src\/payments\.ts\n[\s\S]*\s3\+\| {3}for \(let i = 0/)
    expect(JSON.stringify(outcome)).not.toContain(OPENAI_KEY)
  })

  it('asks once more after a malformed answer, showing the model what was wrong', async () => {
    server.reply(
      'openai',
      openaiAnswer('Sure! Here are the findings: {"findings": ['),
      openaiAnswer(findingsJson([modelFinding()])),
    )
    const outcome = await reviewChange({}, PAYMENTS, { agents: CODE, ...openaiOptions(server) })
    expect(llmRules(outcome.findings)).toEqual([`llm/off-by-one@src/payments.ts:${OFF_BY_ONE_LINE}`])
    const repair = server.of('openai')[1]!.body.messages as Array<{ role: string; content: string }>
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user'])
    expect(repair[3]!.content).toMatch(/rejected: it is not valid JSON/)
  })

  it('after a second malformed answer says so and keeps the agent on its analyzers only', async () => {
    server.reply('openai', openaiAnswer('not json'), openaiAnswer('{"findings": "none"}'))
    const outcome = await reviewChange({}, PAYMENTS, { agents: CODE, ...openaiOptions(server) })
    expect(llmRules(outcome.findings)).toEqual([])
    expect(outcome.notices.join('\n')).toMatch(
      /code-reviewer: LLM review by openai \(gpt-5\.4-mini\) did NOT complete \(the answer was malformed twice.*analyzers only/,
    )
    expect(outcome.llm?.incomplete).toEqual(['code-reviewer'])
    expect(server.of('openai')).toHaveLength(2)
  })

  it("waits out a 429's retry-after, then succeeds", async () => {
    server.reply('openai', openaiRateLimited(1), openaiAnswer(findingsJson([modelFinding()])))
    const outcome = await reviewChange({}, PAYMENTS, { agents: CODE, ...openaiOptions(server) })
    const [limited, retried] = server.of('openai')
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950)
    expect(llmRules(outcome.findings)).toHaveLength(1)
    expect(outcome.notices).toEqual([])
  })

  it('gives up on a request that outlives the timeout, with a notice, and reviews with the analyzers', async () => {
    server.reply('openai', slow(openaiAnswer(findingsJson([modelFinding()])), 5000))
    const started = Date.now()
    const outcome = await reviewChange({}, PAYMENTS, {
      agents: CODE,
      ...openaiOptions(server, { 'timeout-seconds': 0.3, 'max-retries': 0 }),
    })
    expect(Date.now() - started).toBeLessThan(4000)
    expect(llmRules(outcome.findings)).toEqual([])
    expect(outcome.notices.join('\n')).toMatch(
      /did NOT complete \(openai POST \/chat\/completions failed: timed out after 0\.3 s\)/,
    )
  })

  it('says loudly when the key is missing, sends nothing, and still gates on the analyzers', async () => {
    const migration = { 'supabase/migrations/001.sql': 'create table notes (id int primary key);\n' }
    const outcome = await reviewChange({}, migration, { ...openaiOptions(server), env: {} })
    expect(outcome.notices[0]).toMatch(
      /LLM review with provider "openai" did NOT run: OPENAI_API_KEY is not set \(pull requests from forks get no secrets\)/,
    )
    expect(outcome.provider).toEqual({ requested: 'openai', llm: false })
    expect(server.requests).toHaveLength(0)
    expect(outcome.findings.map((f) => f.rule)).toContain('table-without-rls')
    expect(outcome.gate.passed).toBe(false)
  })

  it('splits a change larger than the token budget into several requests, each file once', async () => {
    const body = (name: string) =>
      Array.from(
        { length: 40 },
        (_, i) => `export const ${name}${i} = compute('${name}', ${i}) // step ${i}`,
      ).join('\n')
    const files = { 'src/a.ts': body('alpha'), 'src/b.ts': body('beta'), 'src/c.ts': body('gamma') }
    const { repo, base, head } = await changeRepo({}, files)
    const chunks = chunkChange(await readChange(repo.dir, base, head), 800)
    await repo.cleanup()
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk.tokens).toBeLessThanOrEqual(800)
    for (let i = 0; i < chunks.length; i++) server.reply('openai', openaiAnswer(findingsJson([])))
    const outcome = await reviewChange({}, files, {
      agents: CODE,
      ...openaiOptions(server, { 'token-budget': 800 }),
    })
    const prompts = server.of('openai').map((r) => openaiPrompt(r.body).user)
    expect(prompts).toHaveLength(chunks.length)
    for (const file of Object.keys(files)) {
      expect(prompts.filter((p) => p.includes(` ${file}\n`)).length).toBeGreaterThanOrEqual(1)
    }
    expect(prompts.join('\n').match(/ 40\+\| export const gamma39/g)).toHaveLength(1)
    expect(outcome.llm?.requests).toBe(chunks.length)
  })
})

describe('the Anthropic path', () => {
  const options = () => ({
    agents: CODE,
    provider: 'anthropic' as const,
    llm: llmConfig(server, 'anthropic'),
    env: { ANTHROPIC_API_KEY: ANTHROPIC_KEY },
  })

  it('forces the findings tool, caches the system prompt and reads the tool input', async () => {
    server.reply('anthropic', anthropicToolAnswer({ findings: [modelFinding()] }))
    const outcome = await reviewChange({}, PAYMENTS, options())
    expect(llmRules(outcome.findings)).toEqual([`llm/off-by-one@src/payments.ts:${OFF_BY_ONE_LINE}`])
    const [request] = server.of('anthropic')
    const key =
      request!.headers['x-api-key'] ?? String(request!.headers.authorization).replace(/^Bearer /, '')
    expect(key).toBe(ANTHROPIC_KEY)
    expect(request!.body).toMatchObject({
      model: 'claude-sonnet-5-5',
      system: [{ type: 'text', cache_control: { type: 'ephemeral' } }],
      tool_choice: { type: 'tool', name: 'report_findings' },
      tools: [{ name: 'report_findings', input_schema: { type: 'object' } }],
    })
    expect(outcome.llm?.usage.cachedInputTokens).toBe(1450)
  })

  it('repairs an answer that ignored the tool and wrote prose', async () => {
    server.reply(
      'anthropic',
      anthropicTextAnswer('I reviewed the change and it looks fine to me.'),
      anthropicToolAnswer({ findings: [modelFinding({ severity: 'MEDIUM' })] }),
    )
    const outcome = await reviewChange({}, PAYMENTS, options())
    expect(outcome.findings.find((f) => f.rule === 'llm/off-by-one')?.severity).toBe('MEDIUM')
    expect(server.of('anthropic')).toHaveLength(2)
    expect(server.pending('anthropic')).toBe(0)
  })
})

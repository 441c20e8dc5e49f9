import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import { describe, expect, it } from '@jest/globals'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import {
  ANTHROPIC_TOOL_SEARCH,
  FIND_TOOLS,
  anthropicRequestTools,
  findTools,
  openAiRequestTools,
  requestShapeTokens,
} from '../../src/prefilter/safety-net.js'
import { DATASETS, jsonLines, sealTools } from './helpers.js'

interface SealCase {
  query: string
  calling: Array<{ api: string }>
}

const pool = sealTools()
const prefilter = new ToolPrefilter(pool, { maxTools: 1 })
const names = new Set(pool.map((t) => t.name))
const cases = jsonLines<SealCase>(path.join(DATASETS, 'seal-tools/test_in_domain.jsonl'))
  .map((c) => ({ message: c.query, expected: [...new Set(c.calling.map((x) => x.api))] }))
  .filter((c) => c.expected.every((n) => names.has(n)))

describe('the safety net', () => {
  it('gives Anthropic every tool: kept ones as they are, the rest deferred, and the tool-search tool', () => {
    const result = prefilter.filter(cases[0]!.message)
    const tools = anthropicRequestTools(prefilter, result) as Array<Record<string, unknown>>
    // The shape the SDK's own types accept for `messages.create({ tools })`.
    const typed: Anthropic.Messages.ToolUnion[] = tools as unknown as Anthropic.Messages.ToolUnion[]
    expect(typed).toHaveLength(pool.length + 1)
    expect(tools.filter((t) => t.defer_loading === true)).toHaveLength(pool.length - result.tools.length)
    expect(tools.slice(0, result.tools.length).map((t) => [t.name, t.defer_loading])).toEqual(
      result.tools.map((t) => [t.name, undefined]),
    )
    expect(tools.at(-1)).toEqual({ type: 'tool_search_tool_bm25_20251119', name: 'tool_search_tool_bm25' })
    expect(tools[0]!.input_schema).toMatchObject({ type: 'object' })
  })

  it('reaches with one find_tools call the tools a one-tool budget left out', () => {
    // Two real requests in one message need two tools; a budget of one leaves one out.
    let missed = 0
    let found = 0
    for (let i = 0; i + 1 < cases.length; i += 2) {
      const message = `${cases[i]!.message} Also, ${cases[i + 1]!.message}`
      const expected = [...cases[i]!.expected, ...cases[i + 1]!.expected]
      const result = prefilter.filter(message)
      const sent = result.tools.map((t) => t.name)
      const left = expected.filter((n) => !sent.includes(n))
      if (left.length === 0) continue
      missed++
      const answer = findTools(prefilter, message, sent).map((t) => t.name)
      expect(answer.some((n) => sent.includes(n))).toBe(false)
      if (left.every((n) => answer.includes(n))) found++
    }
    expect(missed).toBeGreaterThan(20)
    expect(found / missed).toBeGreaterThan(0.8)
  })

  it('offers OpenAI-style models the kept tools and find_tools, at a few tokens more', () => {
    const result = prefilter.filter(cases[1]!.message)
    const tools = openAiRequestTools(result) as Array<{ function?: { name: string } }>
    expect(tools.at(-1)!.function!.name).toBe(FIND_TOOLS)
    const shapes = requestShapeTokens(result)
    expect(shapes.openai - shapes.filtered).toBeGreaterThan(20)
    expect(shapes.openai - shapes.filtered).toBeLessThan(120)
    expect(shapes.anthropic).toBeGreaterThan(shapes.filtered)
  })

  it('is sent as is by the Anthropic SDK to a server', async () => {
    let body: { tools?: Array<Record<string, unknown>> } = {}
    const server = createServer((req, res) => {
      let text = ''
      req.on('data', (chunk: Buffer) => (text += chunk.toString()))
      req.on('end', () => {
        body = JSON.parse(text) as typeof body
        res.setHeader('content-type', 'application/json')
        res.end(
          JSON.stringify({
            id: 'msg_1',
            type: 'message',
            role: 'assistant',
            model: 'claude-test',
            content: [{ type: 'text', text: 'ok' }],
            stop_reason: 'end_turn',
            stop_sequence: null,
            usage: { input_tokens: 1, output_tokens: 1 },
          }),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const client = new Anthropic({ apiKey: 'test', baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 })
      const result = prefilter.filter(cases[2]!.message)
      await client.messages.create({
        model: 'claude-test',
        max_tokens: 16,
        messages: [{ role: 'user', content: cases[2]!.message }],
        tools: anthropicRequestTools(prefilter, result) as Anthropic.Messages.ToolUnion[],
      })
      expect(body.tools).toHaveLength(pool.length + 1)
      expect(body.tools!.at(-1)).toEqual({ ...ANTHROPIC_TOOL_SEARCH })
      expect(body.tools!.filter((t) => t.defer_loading === true).length).toBe(
        pool.length - result.tools.length,
      )
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

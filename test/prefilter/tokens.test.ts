import { describe, expect, it } from '@jest/globals'
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base'
import { readTools } from '../../src/prefilter/formats.js'
import { buildIndex } from '../../src/prefilter/index-build.js'
import { serialiseTool, tokenCounting, toolTokens } from '../../src/prefilter/tokens.js'
import { mcpTool } from './helpers.js'

describe('token counting', () => {
  const mcp = mcpTool('create_issue') as { name: string; description: string; inputSchema: object }
  const { tools } = readTools([
    mcp,
    {
      type: 'function',
      function: { name: 'open_issue', description: mcp.description, parameters: mcp.inputSchema },
    },
  ])

  it("counts an MCP tool's JSON with o200k and an OpenAI tool as OpenAI renders it", () => {
    const [asMcp, asOpenAi] = tools
    expect(toolTokens(asMcp!)).toBe(countTokens(JSON.stringify(mcp)))
    expect(serialiseTool(asOpenAi!, 'auto')).toContain('type open_issue = (_: {')
    // The TypeScript-like rendering drops JSON punctuation: fewer tokens for the same schema.
    expect(toolTokens(asOpenAi!)).toBeLessThan(toolTokens(asOpenAi!, 'json'))
  })

  it('names what it counted', () => {
    expect(tokenCounting(tools, 'auto')).toEqual({
      tokenizer: 'o200k_base (gpt-tokenizer)',
      serialisation: "the definition's JSON + OpenAI's namespace functions rendering",
    })
  })

  it('an index counts its tools on first read, the total first or the list first, the same', () => {
    const fresh = () => tools.map((t) => ({ ...t }))
    const byTotal = buildIndex(fresh())
    const byList = buildIndex(fresh())
    const expected = tools.map((t) => toolTokens(t, 'auto'))
    expect(byTotal.totalTokens).toBe(expected[0]! + expected[1]!)
    expect(byTotal.tokens).toEqual(expected)
    expect(byList.tokens).toEqual(expected)
    expect(byList.totalTokens).toBe(expected[0]! + expected[1]!)
  })
})

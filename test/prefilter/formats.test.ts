import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { detectFormat, formatOfAll, readTools } from '../../src/prefilter/formats.js'
import { parseToolFile, ToolFileError } from '../../src/prefilter/tool-file.js'
import { DATASETS, mcpTool } from './helpers.js'

function fileError(text: string): ToolFileError {
  try {
    parseToolFile(text, 'tools.json')
  } catch (error) {
    expect(error).toBeInstanceOf(ToolFileError)
    return error as ToolFileError
  }
  throw new Error('expected the tool file to be rejected')
}

describe('tool formats', () => {
  const bfcl = JSON.parse(
    readFileSync(path.join(DATASETS, 'bfcl-v4/BFCL_v4_multiple.json'), 'utf8').split('\n')[0]!,
  ) as {
    function: Array<{ name: string; description: string; parameters: object }>
  }

  it('detects OpenAI, Anthropic, MCP and bare functions from real definitions', () => {
    const fn = bfcl.function[0]!
    const openai = { type: 'function', function: fn }
    const anthropic = { name: fn.name, description: fn.description, input_schema: fn.parameters }
    const mcp = mcpTool('list_issues')
    expect([openai, anthropic, mcp, fn].map(detectFormat)).toEqual(['openai', 'anthropic', 'mcp', 'function'])
    const { tools, problems } = readTools([openai, mcp])
    expect(problems).toEqual([])
    expect(tools.map((t) => t.name)).toEqual(['triangle_properties.get', 'list_issues'])
    expect(Object.keys(tools[1]!.parameters.properties ?? {})).toContain('state')
    expect(formatOfAll(tools)).toBe('mixed')
  })

  it('reads an MCP tools/list result and keeps each definition verbatim', () => {
    const list = { tools: ['get_me', 'create_issue'].map(mcpTool).filter(Boolean) }
    const tools = parseToolFile(JSON.stringify(list, null, 2), 'tools.json')
    expect(tools.map((t) => t.format)).toEqual(['mcp', 'mcp'])
    expect(tools[0]!.definition).toEqual(list.tools[0])
  })

  it('names index, line and column of a missing name, a bad schema and a duplicate', () => {
    const text = [
      '[',
      '  {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}}},',
      '  {"type": "function", "function": {"description": "no name"}},',
      '  {"name": "bad", "input_schema": {"type": "string"}},',
      '  {"name": "get_time", "inputSchema": {"type": "object"}}',
      ']',
    ].join('\n')
    const error = fileError(text)
    expect(error.problems.map((p) => [p.index, p.position.line, p.position.column])).toEqual([
      [1, 3, 3],
      [2, 4, 3],
      [3, 5, 3],
    ])
    expect(error.message).toMatch(/^tools\.json:3:3: tools\[1\]: missing tool name/)
    expect(error.problems[1]!.message).toContain('"type": "object"')
    expect(error.problems[2]!.message).toContain('duplicate tool name get_time (first at index 0)')
  })

  it('reports invalid JSON with its line and a document that is not a list', () => {
    expect(fileError('[\n  {"name": "a",}\n]').position).toEqual({ file: 'tools.json', line: 2, column: 16 })
    expect(fileError('{"name": "a"}').message).toContain('expected a JSON array of tool definitions')
  })
})

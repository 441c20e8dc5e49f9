/** Fixtures of the prefilter tests: real tools and cases, sliced from public datasets (test/fixtures/README.md). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readTools } from '../../src/prefilter/formats.js'
import type { Tool } from '../../src/prefilter/types.js'

/** The vendored slices of the public datasets (scripts/vendor-fixtures.ts cuts them). */
export const DATASETS = path.resolve(fileURLToPath(import.meta.url), '..', '..', 'fixtures')
export const EXAMPLE = path.resolve(fileURLToPath(import.meta.url), '../../../examples/wheels-and-wins/tools')

/** Lines of a JSON Lines file, parsed; `limit` keeps the tests fast. */
export function jsonLines<T>(file: string, limit = Infinity): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, limit)
    .map((l) => JSON.parse(l) as T)
}

interface SealTool {
  api_name: string
  api_description: string
  parameters: object
  required?: string[]
}

/** Seal-Tools tools as bare functions, in file order. */
export function sealTools(): Tool[] {
  const raw = jsonLines<SealTool>(path.join(DATASETS, 'seal-tools/tool.jsonl')).map((t) => ({
    name: t.api_name,
    description: t.api_description,
    parameters: { type: 'object', properties: t.parameters, required: t.required ?? [] },
  }))
  const { tools, problems } = readTools(raw)
  if (problems.length > 0) throw new Error(problems[0]!.message)
  return tools
}

/** Reads a GitHub MCP server tool snapshot verbatim. */
export function mcpTool(name: string): unknown {
  return JSON.parse(readFileSync(path.join(DATASETS, 'github-mcp-server-tools', `${name}.json`), 'utf8'))
}

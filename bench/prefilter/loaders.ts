/**
 * Loaders of the public tool-selection datasets (bench/datasets.ts says where they are): each becomes a pool of tools
 * and labelled cases. Raw shapes (BFCL's functions, Seal-Tools' api records, MetaTool's plugin
 * descriptions, MCP snapshots) are converted here; nothing is written back.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readTool } from '../../src/prefilter/formats.js'
import type { Tool } from '../../src/prefilter/types.js'

/** A labelled message; `split` says whether it may be used for tuning. */
export interface BenchCase {
  id: string
  message: string
  expected: string[]
  split: 'dev' | 'test'
}

/** A dataset: its tool pool (unique names) and cases naming pool tools. */
export interface BenchSet {
  name: string
  pool: Tool[]
  cases: BenchCase[]
}

function toolOf(value: unknown, where: string): Tool {
  const tool = readTool(value, 0)
  if ('message' in tool) throw new Error(`${where}: ${tool.message}`)
  return tool
}

function jsonLines(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown)
}

/** Deterministic dev/test split for sets without one: 30% dev by a hash of the id. */
export function hashSplit(id: string): 'dev' | 'test' {
  return createHash('sha1').update(id).digest()[0]! < 77 ? 'dev' : 'test'
}

interface BfclEntry {
  id: string
  question: Array<Array<{ role: string; content: string }>>
  function: Array<{ name: string }>
}

/**
 * BFCL v4: every category with ground truth. Several names have more than one definition, so tools
 * are keyed by content and a second definition of a name gets a `~2` suffix.
 */
export function loadBfcl(root: string): BenchSet {
  const dir = path.join(root, 'bfcl-v4')
  const byContent = new Map<string, Tool>()
  const nameCount = new Map<string, number>()
  const cases: BenchCase[] = []
  for (const file of readdirSync(path.join(dir, 'possible_answer')).sort()) {
    const answers = new Map(
      jsonLines(path.join(dir, 'possible_answer', file)).map((a) => {
        const answer = a as { id: string; ground_truth: Array<Record<string, unknown>> }
        return [answer.id, answer.ground_truth.flatMap((call) => Object.keys(call))]
      }),
    )
    for (const raw of jsonLines(path.join(dir, file))) {
      const entry = raw as BfclEntry
      const local = new Map<string, string>()
      for (const fn of entry.function) {
        const key = JSON.stringify(fn)
        let tool = byContent.get(key)
        if (!tool) {
          const n = (nameCount.get(fn.name) ?? 0) + 1
          nameCount.set(fn.name, n)
          const name = n === 1 ? fn.name : `${fn.name}~${n}`
          tool = toolOf({ ...fn, name }, `${file} ${entry.id}`)
          byContent.set(key, tool)
        }
        local.set(fn.name, tool.name)
      }
      const needed = [...new Set(answers.get(entry.id) ?? [])].map((n) => local.get(n))
      if (needed.length === 0 || needed.some((n) => n === undefined)) continue
      const message = entry.question
        .flat()
        .filter((t) => t.role === 'user')
        .map((t) => t.content)
        .join('\n')
      cases.push({ id: entry.id, message, expected: needed as string[], split: hashSplit(entry.id) })
    }
  }
  return { name: 'BFCL v4', pool: [...byContent.values()], cases }
}

/** Seal-Tools: `dev.jsonl` is the dev split; both test files are the test split. */
export function loadSealTools(root: string): BenchSet {
  const dir = path.join(root, 'seal-tools')
  const pool = jsonLines(path.join(dir, 'tool.jsonl')).map((raw) => {
    const t = raw as {
      api_name: string
      api_description: string
      field?: string
      parameters?: object
      required?: string[]
    }
    const definition = {
      name: t.api_name,
      description: t.api_description,
      parameters: { type: 'object', properties: t.parameters ?? {}, required: t.required ?? [] },
      ...(t.field ? { category: t.field } : {}),
    }
    return toolOf(definition, `tool.jsonl ${t.api_name}`)
  })
  const names = new Set(pool.map((t) => t.name))
  const cases: BenchCase[] = []
  const files: Array<[string, 'dev' | 'test']> = [
    ['dev.jsonl', 'dev'],
    ['test_in_domain.jsonl', 'test'],
    ['test_out_domain.jsonl', 'test'],
  ]
  for (const [file, split] of files) {
    for (const raw of jsonLines(path.join(dir, file))) {
      const c = raw as { id: string; query: string; calling: Array<{ api: string }> }
      const expected = [...new Set(c.calling.map((x) => x.api))]
      if (expected.length === 0 || !expected.every((n) => names.has(n))) continue
      cases.push({ id: c.id, message: c.query, expected, split })
    }
  }
  return { name: 'Seal-Tools', pool, cases }
}

/** Splits one CSV line with double-quoted fields. */
function csvFields(line: string): string[] {
  const out: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"'
      i++
    } else if (ch === '"') quoted = !quoted
    else if (ch === ',' && !quoted) {
      out.push(field)
      field = ''
    } else field += ch
  }
  out.push(field)
  return out
}

/** MetaTool: 199 plugins (name and description only), single-tool and two-tool queries. */
export function loadMetaTool(root: string): BenchSet {
  const dir = path.join(root, 'metatool')
  const descriptions = JSON.parse(readFileSync(path.join(dir, 'plugin_des.json'), 'utf8')) as Record<
    string,
    string
  >
  const pool = Object.entries(descriptions).map(([name, description]) =>
    toolOf({ name, description, parameters: { type: 'object', properties: {} } }, `plugin_des.json ${name}`),
  )
  const names = new Set(pool.map((t) => t.name))
  const cases: BenchCase[] = []
  const lines = readFileSync(path.join(dir, 'all_clean_data.csv'), 'utf8').split(/\r?\n/).slice(1)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const [query, tool] = csvFields(line)
    if (!query || !tool || !names.has(tool)) return
    cases.push({ id: `single-${i}`, message: query, expected: [tool], split: hashSplit(`single-${i}`) })
  })
  const multi = JSON.parse(readFileSync(path.join(dir, 'multi_tool_query_golden.json'), 'utf8')) as Array<{
    query: string
    tool: string[]
  }>
  multi.forEach((c, i) => {
    if (!c.tool.every((t) => names.has(t))) return
    cases.push({
      id: `multi-${i}`,
      message: c.query,
      expected: [...new Set(c.tool)],
      split: hashSplit(`multi-${i}`),
    })
  })
  return { name: 'MetaTool', pool, cases }
}

/** The GitHub MCP server's 117 tools, with the cases written for them in this folder. */
export function loadGithubMcp(root: string, casesFile: string): BenchSet {
  const dir = path.join(root, 'github-mcp-server-tools')
  const pool = readdirSync(dir)
    .filter((f) => f.endsWith('.snap'))
    .sort()
    .map((f) => toolOf(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), f))
  const names = new Set(pool.map((t) => t.name))
  const cases = jsonLines(casesFile).map((raw, i) => {
    const c = raw as { message: string; expected: string[] }
    const unknown = c.expected.filter((n) => !names.has(n))
    if (unknown.length > 0) throw new Error(`${casesFile}:${i + 1}: unknown tool ${unknown.join(', ')}`)
    return { id: `mcp-${i + 1}`, message: c.message, expected: c.expected, split: 'test' as const }
  })
  return { name: 'GitHub MCP server', pool, cases }
}

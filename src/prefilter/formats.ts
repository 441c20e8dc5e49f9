/**
 * Tool definition formats: OpenAI function tools, Anthropic tools, MCP `tools/list` entries and bare
 * functions. Detection looks at the keys each format requires, so a file may even mix them.
 */
import type { ParameterSchema, Tool, ToolFormat } from './types.js'

/** A definition that could not be read, with its index in the array. */
export interface ToolProblem {
  index: number
  message: string
  /** The tool's name when it has one (duplicates, bad schemas). */
  name?: string
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Says which format a definition is in, or undefined when it is none of them.
 * @example detectFormat({ type: 'function', function: { name: 'f' } }) // 'openai'
 */
export function detectFormat(value: unknown): ToolFormat | undefined {
  if (!isObject(value)) return undefined
  if (value.type === 'function' && isObject(value.function)) return 'openai'
  if ('input_schema' in value) return 'anthropic'
  if ('inputSchema' in value) return 'mcp'
  if ('name' in value || 'parameters' in value || 'description' in value) return 'function'
  return undefined
}

/** The fields every format carries, before validation. */
function fieldsOf(value: Json, format: ToolFormat): { name: unknown; description: unknown; schema: unknown } {
  switch (format) {
    case 'openai': {
      const fn = value.function as Json
      return { name: fn.name, description: fn.description, schema: fn.parameters }
    }
    case 'anthropic':
      return { name: value.name, description: value.description, schema: value.input_schema }
    case 'mcp':
      return { name: value.name, description: value.description, schema: value.inputSchema }
    case 'function':
      return { name: value.name, description: value.description, schema: value.parameters }
  }
}

/** Why a parameter schema cannot be sent, or undefined when it is fine. Absent means "no parameters". */
export function schemaProblem(schema: unknown): string | undefined {
  if (schema === undefined) return undefined
  if (!isObject(schema)) return `parameters must be a JSON Schema object, got ${describe(schema)}`
  // BFCL writes Python's `dict` where JSON Schema says `object`; both describe keyword arguments.
  if (schema.type !== undefined && schema.type !== 'object' && schema.type !== 'dict') {
    return `parameters must have "type": "object", got ${JSON.stringify(schema.type)}`
  }
  if (schema.properties !== undefined && !isObject(schema.properties)) {
    return `parameters.properties must be an object, got ${describe(schema.properties)}`
  }
  if (schema.required !== undefined && !Array.isArray(schema.required)) {
    return `parameters.required must be an array, got ${describe(schema.required)}`
  }
  return undefined
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? `string ${JSON.stringify(value)}` : typeof value
}

/**
 * Reads one definition into a {@link Tool}, or says what is wrong with it.
 * @param value the definition as parsed from JSON
 * @param index its position in the array, for the problem
 */
export function readTool(value: unknown, index: number): Tool | ToolProblem {
  const format = detectFormat(value)
  if (!format) {
    return { index, message: 'not a tool definition (expected OpenAI, Anthropic or MCP format)' }
  }
  const { name, description, schema } = fieldsOf(value as Json, format)
  if (typeof name !== 'string' || name.trim() === '') {
    return { index, message: `missing tool name (${format} format needs a non-empty string "name")` }
  }
  const problem = schemaProblem(schema)
  if (problem) return { index, name, message: `tool ${name}: ${problem}` }
  if (description !== undefined && typeof description !== 'string') {
    return {
      index,
      name,
      message: `tool ${name}: description must be a string, got ${describe(description)}`,
    }
  }
  const category = isObject(value) && typeof value.category === 'string' ? value.category : undefined
  return {
    name,
    description: description ?? '',
    parameters: (schema ?? {}) as ParameterSchema,
    format,
    definition: value,
    ...(category ? { category } : {}),
  }
}

/**
 * Reads an array of definitions: every malformed one and every duplicate name is reported,
 * not only the first, so one run shows the whole list to fix.
 */
export function readTools(values: readonly unknown[]): { tools: Tool[]; problems: ToolProblem[] } {
  const tools: Tool[] = []
  const problems: ToolProblem[] = []
  const firstIndex = new Map<string, number>()
  values.forEach((value, index) => {
    const read = readTool(value, index)
    if ('message' in read) {
      problems.push(read)
      return
    }
    const first = firstIndex.get(read.name)
    if (first !== undefined) {
      problems.push({
        index,
        name: read.name,
        message: `duplicate tool name ${read.name} (first at index ${first})`,
      })
      return
    }
    firstIndex.set(read.name, index)
    tools.push(read)
  })
  return { tools, problems }
}

/** The format most definitions share, or `mixed`; named in reports. */
export function formatOfAll(tools: readonly Tool[]): ToolFormat | 'mixed' | 'none' {
  const formats = new Set(tools.map((t) => t.format))
  if (formats.size === 0) return 'none'
  return formats.size === 1 ? [...formats][0]! : 'mixed'
}

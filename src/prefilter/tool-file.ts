/**
 * Reads a tool registry file: a JSON array of definitions, or an MCP `tools/list` result
 * (`{ "tools": [...] }`). Parsed with a position-aware parser so every problem names its line.
 */
import { parseTree, printParseErrorCode, type Node } from 'jsonc-parser'
import { ConfigurationError, type SourcePosition } from '../errors.js'
import { readTools, type ToolProblem } from './formats.js'
import type { Tool } from './types.js'
import { formatPosition, lineColumn } from '../util/positions.js'

/** A problem in a tool file, at an array index and, when known, a line and column. */
export interface ToolFileProblem extends ToolProblem {
  position: SourcePosition
}

/** Thrown for a tool file that cannot be used; lists every problem, the first as its position. */
export class ToolFileError extends ConfigurationError {
  override readonly name: string = 'ToolFileError'
  readonly problems: ToolFileProblem[]
  constructor(problems: ToolFileProblem[]) {
    const [first, ...rest] = problems
    const more = rest.map((p) => `\n  ${formatPosition(p.position)}: ${label(p)}`)
    super(`${label(first!)}${more.join('')}`, { position: first!.position })
    this.problems = problems
  }
}

function label(problem: ToolFileProblem): string {
  return problem.index >= 0 ? `tools[${problem.index}]: ${problem.message}` : problem.message
}

/** The array node holding the definitions, or undefined when the document has none. */
function definitionsNode(root: Node): Node | undefined {
  if (root.type === 'array') return root
  if (root.type !== 'object') return undefined
  const tools = root.children?.find((p) => p.children?.[0]?.value === 'tools')?.children?.[1]
  return tools?.type === 'array' ? tools : undefined
}

/**
 * Parses the text of a tool file.
 * @param text the file's content
 * @param file the name used in messages
 * @throws ToolFileError for bad JSON, malformed definitions or duplicate names, each with its position
 */
export function parseToolFile(text: string, file: string): Tool[] {
  const errors: Array<{ error: number; offset: number; length: number }> = []
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length > 0 || !root) {
    const first = errors[0]
    const at = first ? { file, ...lineColumn(text, first.offset) } : { file }
    const code = first
      ? printParseErrorCode(first.error as Parameters<typeof printParseErrorCode>[0])
      : 'empty file'
    throw new ToolFileError([{ index: -1, message: `invalid JSON (${code})`, position: at }])
  }
  const array = definitionsNode(root)
  if (!array) {
    throw new ToolFileError([
      {
        index: -1,
        message: 'expected a JSON array of tool definitions or an object with a "tools" array',
        position: { file, ...lineColumn(text, root.offset) },
      },
    ])
  }
  const elements = array.children ?? []
  const values = JSON.parse(text.slice(array.offset, array.offset + array.length)) as unknown[]
  const { tools, problems } = readTools(values)
  if (problems.length > 0) {
    throw new ToolFileError(
      problems.map((p) => ({
        ...p,
        position: { file, ...lineColumn(text, elements[p.index]?.offset ?? 0) },
      })),
    )
  }
  return tools
}

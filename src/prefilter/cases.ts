/**
 * The benchmark's labelled cases: JSON Lines, one `{"message", "context"?, "expected"}` a line.
 * Every problem names its line; an expected tool missing from the catalogue is an error, since a
 * case that can never pass would silently lower completeness.
 */
import { ConfigurationError } from '../errors.js'
import type { PrefilterContext } from './types.js'

/** One labelled message and the line it came from. */
export interface PrefilterCase {
  line: number
  message: string
  context: PrefilterContext
  expected: string[]
}

/** A problem at one line of the cases file. */
export interface CaseProblem {
  line: number
  message: string
}

/** Thrown for a cases file that cannot be used; lists every problem with its line. */
export class CasesFileError extends ConfigurationError {
  override readonly name: string = 'CasesFileError'
  readonly problems: CaseProblem[]
  constructor(file: string, problems: CaseProblem[]) {
    const [first, ...rest] = problems
    const more = rest.slice(0, 19).map((p) => `\n  ${file}:${p.line}: ${p.message}`)
    const omitted = rest.length > 19 ? `\n  ... and ${rest.length - 19} more` : ''
    super(`${first!.message}${more.join('')}${omitted}`, { position: { file, line: first!.line } })
    this.problems = problems
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads one line into a case, or says what is wrong with it. */
function readCase(text: string, line: number, catalogue: ReadonlySet<string>): PrefilterCase | CaseProblem {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { line, message: `invalid JSON: ${(error as Error).message}` }
  }
  if (!isObject(value)) return { line, message: 'expected an object {"message", "expected", "context"?}' }
  if (typeof value.message !== 'string') return { line, message: '"message" must be a string' }
  const expected = value.expected
  if (!Array.isArray(expected) || !expected.every((e) => typeof e === 'string')) {
    return { line, message: '"expected" must be an array of tool names' }
  }
  const unknown = expected.filter((name) => !catalogue.has(name))
  if (unknown.length > 0) {
    return { line, message: `expected tool ${unknown.join(', ')} is not in the tool catalogue` }
  }
  if (value.context !== undefined && !isObject(value.context)) {
    return { line, message: '"context" must be an object when present' }
  }
  return { line, message: value.message, context: (value.context ?? {}) as PrefilterContext, expected }
}

/**
 * Parses a cases file against the catalogue's tool names.
 * @throws CasesFileError naming the line of every bad case
 */
export function parseCases(text: string, file: string, catalogue: ReadonlySet<string>): PrefilterCase[] {
  const cases: PrefilterCase[] = []
  const problems: CaseProblem[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return
    const read = readCase(raw, i + 1, catalogue)
    if ('context' in read) cases.push(read)
    else problems.push(read)
  })
  if (problems.length > 0) throw new CasesFileError(file, problems)
  if (cases.length === 0)
    throw new CasesFileError(file, [{ line: 1, message: 'no cases: the file is empty' }])
  return cases
}

/**
 * Loads `.github/launchgate.yml`: parse with `yaml` (keeping positions), validate with the
 * schema, and fail with every problem named by file:line:column, key and expectation.
 */
import path from 'node:path'
import { LineCounter, parseDocument, visit } from 'yaml'
import { ConfigurationError } from '../errors.js'
import { allowedKeysAt, describeIssue, issueOffset, positionOf, type ConfigProblem } from './errors.js'
import { firstTooDeep, MAX_NESTING } from './nesting.js'
import { readInputFile } from './read-input.js'
import { configJsonSchema, configSchema, DEFAULT_CONFIG_PATH, type LaunchgateConfig } from './schema.js'

/** Aliases a config may expand: a handful is normal; a billion laughs is not. */
const MAX_ALIASES = 100

export interface LoadedConfig {
  config: LaunchgateConfig
  /** The file read, relative to the root; undefined when no file exists and defaults apply. */
  file?: string
}

/** Thrown for a bad config file; carries every problem, the first one as its position. */
export class ConfigFileError extends ConfigurationError {
  override readonly name: string = 'ConfigFileError'
  readonly problems: ConfigProblem[]
  constructor(problems: ConfigProblem[]) {
    const [first, ...rest] = problems
    const more = rest.map(
      (p) => `\n  ${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`,
    )
    super(`${first!.message}${more.join('')}`, { position: first!.position, key: first!.key })
    this.problems = problems
  }
}

/**
 * Parses and validates config text. `file` is only used in messages.
 * @throws ConfigFileError naming file, line, column, key and expectation.
 */
export function parseConfig(text: string, file: string): LaunchgateConfig {
  try {
    return parseChecked(text, file)
  } catch (error) {
    // A structure the nesting scan cannot see (deep block indentation) still fails as the user's.
    if (!(error instanceof RangeError)) throw error
    const message = `too deeply nested to read (${error.message})`
    throw new ConfigFileError([{ position: { file, line: 1, column: 1 }, key: '', message }])
  }
}

function parseChecked(text: string, file: string): LaunchgateConfig {
  const lineCounter = new LineCounter()
  const problem = (offset: number, message: string) =>
    new ConfigFileError([{ position: positionOf(file, lineCounter, offset), key: '', message }])
  const deep = firstTooDeep(text)
  if (deep !== undefined) {
    const before = text.slice(0, deep)
    const line = before.split('\n').length
    const position = { file, line, column: deep - before.lastIndexOf('\n') }
    const message = `nested more than ${MAX_NESTING} levels deep; a config is never that deep`
    throw new ConfigFileError([{ position, key: '', message }])
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true })
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      doc.errors.map((e) => ({
        position: positionOf(file, lineCounter, e.pos[0]),
        key: '',
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    )
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}
  } catch (error) {
    // An alias to an anchor that does not exist, or aliases expanding past the limit.
    const offset = firstAliasOffset(doc) ?? 0
    throw problem(offset, `YAML alias error: ${(error as Error).message.split('\n')[0]}`)
  }
  const result = configSchema.safeParse(data, { reportInput: true })
  if (result.success) return result.data
  const jsonSchema = configJsonSchema()
  throw new ConfigFileError(
    result.error.issues.map((issue) => ({
      position: positionOf(file, lineCounter, issueOffset(doc, issue)),
      key: issue.path.map(String).join('.'),
      message: describeIssue(issue, (p) => allowedKeysAt(jsonSchema, p)),
    })),
  )
}

/**
 * Reads the config of a repository. With no explicit path, a missing default file means defaults;
 * an explicit path that does not exist is a configuration error.
 */
export async function loadConfig(options: { root: string; configPath?: string }): Promise<LoadedConfig> {
  const explicit = options.configPath !== undefined && options.configPath !== ''
  const relative = explicit ? options.configPath! : DEFAULT_CONFIG_PATH
  const absolute = path.resolve(options.root, relative)
  let text: string
  try {
    text = await readInputFile(absolute, { display: relative, what: 'config file' })
  } catch (error) {
    const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code
    if (code === 'ENOENT' && !explicit) return { config: configSchema.parse({}) }
    throw error
  }
  const file = path.relative(options.root, absolute) || relative
  return { config: parseConfig(text, file), file }
}

/** Where the first alias of the document is written, for an alias that cannot be expanded. */
function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return offset
}

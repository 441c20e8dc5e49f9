/**
 * Loads `.github/launchgate.yml`: parse with `yaml` (keeping positions), validate with the
 * schema, and fail with every problem named by file:line:column, key and expectation.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { ConfigurationError } from '../errors.js'
import { allowedKeysAt, describeIssue, issueOffset, positionOf, type ConfigProblem } from './errors.js'
import { configJsonSchema, configSchema, DEFAULT_CONFIG_PATH, type LaunchgateConfig } from './schema.js'

export interface LoadedConfig {
  config: LaunchgateConfig
  /** The file read, relative to the root; undefined when no file exists and defaults apply. */
  file?: string
}

/** Thrown for a bad config file; carries every problem, the first one as its position. */
export class ConfigFileError extends ConfigurationError {
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
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      doc.errors.map((e) => ({
        position: positionOf(file, lineCounter, e.pos[0]),
        key: '',
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
      })),
    )
  }
  const result = configSchema.safeParse(doc.toJS() ?? {}, { reportInput: true })
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
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) {
      return { config: configSchema.parse({}) }
    }
    throw new ConfigurationError(`cannot read config file ${relative}: ${(error as Error).message}`, {
      position: { file: relative },
      cause: error,
    })
  }
  const file = path.relative(options.root, absolute) || relative
  return { config: parseConfig(text, file), file }
}

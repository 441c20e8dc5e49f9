/**
 * What a user asked for, read the same way from an action's inputs and from the CLI's flags, so a
 * use case takes one request type whichever front end called it. Names are the inputs' kebab-case
 * names (`dry-run`); the CLI adapter finds commander's camelCase option for each.
 */
import * as core from '@actions/core'
import { ConfigurationError, UsageError } from '../errors.js'

export interface Request {
  /** A text value; undefined when absent or empty. */
  text(name: string): string | undefined
  /** A text value the run cannot go without: a missing one is the user's mistake, named. */
  required(name: string): string
  /** A yes/no value; absent is no. */
  flag(name: string): boolean
  /**
   * A secret: the action's input of that name, else the environment variable `envName` (the CLI
   * takes secrets from the environment only, never from flags that shells keep in history).
   */
  secret(name: string, envName?: string): string | undefined
  /** How the user names the value in a message: `the dry-run input`, or `--dry-run`. */
  label(name: string): string
}

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE', ''])

/** An action's inputs (`INPUT_*`), through `@actions/core` as the runner sets them. */
export function actionRequest(env: NodeJS.ProcessEnv, mask: (value: string) => void): Request {
  const text = (name: string) => core.getInput(name) || undefined
  return {
    text,
    required(name) {
      const value = text(name)
      if (value === undefined) {
        throw new ConfigurationError(
          `the input '${name}' is required: set it under \`with:\` in the workflow step`,
          {
            key: name,
          },
        )
      }
      return value
    },
    flag(name) {
      // core.getBooleanInput throws a TypeError (reported as a bug) on a typo; this names the input.
      const value = core.getInput(name)
      if (TRUE.has(value)) return true
      if (FALSE.has(value)) return false
      throw new ConfigurationError(`the input '${name}' must be true or false, got '${value}'`, { key: name })
    },
    secret(name, envName) {
      const value = text(name) ?? (envName ? env[envName] || undefined : undefined)
      if (value) mask(value)
      return value
    },
    label: (name) => `the ${name} input`,
  }
}

/** commander's parsed options: `--dry-run` is `dryRun`. */
export function cliRequest(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): Request {
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
  const text = (name: string) => {
    const value = raw[camel(name)]
    return typeof value === 'string' && value !== '' ? value : undefined
  }
  return {
    text,
    required(name) {
      const value = text(name)
      if (value === undefined) throw new UsageError(`--${name} is required`)
      return value
    },
    flag: (name) => raw[camel(name)] === true,
    secret: (_name, envName) => (envName ? env[envName] || undefined : undefined),
    label: (name) => `--${name}`,
  }
}

/**
 * What a user asked for, read the same way from an action's inputs and from the CLI's flags, so a
 * use case takes one request type whichever front end called it. Names are the inputs' kebab-case
 * names (`dry-run`); the CLI adapter finds commander's camelCase option for each.
 */
import { UsageError } from '../errors.js'

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

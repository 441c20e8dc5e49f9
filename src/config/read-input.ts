/**
 * Reading a file the user names or another job left (the config, a replay, a tool registry, a
 * baseline, an lcov report, review artifacts, workflows): regular files only, never more than a
 * cap, and every refusal a {@link ConfigurationError} at file:1:1 (exit 2). A FIFO would block a
 * plain `readFile` forever; a symlink to /dev/zero would read until the string length overflows.
 */
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { ConfigurationError, fileErrorText } from '../errors.js'

/** 4 MiB: far above any real config, tool registry or replay window, far below trouble. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024

/**
 * 64 MiB: machine-written reports (lcov of a large monorepo, review artifacts, SARIF) grow with
 * the code base, far past a hand-written file; past this they are not a report but a mistake.
 */
export const REPORT_MAX_BYTES = 64 * 1024 * 1024

/** Options of {@link readInputFile}. */
export interface ReadInputOptions {
  /** The name in messages (relative to the root, as the user wrote it). */
  display?: string
  maxBytes?: number
  /** What the file is, for messages: `config file`, `replay file`. */
  what?: string
}

/**
 * Reads a regular file as UTF-8 within a size cap.
 * @throws ConfigurationError naming the file for a missing, special, unreadable or oversized file
 */
export async function readInputFile(absolute: string, options: ReadInputOptions = {}): Promise<string> {
  const display = options.display ?? absolute
  const what = options.what ?? 'file'
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES
  const refuse = (problem: string, cause?: unknown) =>
    new ConfigurationError(`cannot read ${what} ${display}: ${problem}`, {
      position: { file: display, line: 1, column: 1 },
      cause,
    })
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw refuse(errnoText(error), error)
  })
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw refuse(`not a regular file (${kindOf(stat)}); name a file`)
    if (stat.size > max) throw refuse(`${stat.size} bytes, more than the limit of ${max}`)
    // Read at most max + 1 bytes, whatever the size said: a file may grow while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, max) + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > max) throw refuse(`more than the limit of ${max} bytes`)
      if (length === buffer.length) break
    }
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    await handle.close()
  }
}

/**
 * Like {@link readInputFile}, for a file that may be absent (a baseline not written yet, a
 * coverage report a job did not produce): undefined when nothing is at the path, and every other
 * problem (a FIFO, a device, a directory, over the cap) refused the same way.
 */
export async function readOptionalInputFile(
  absolute: string,
  options: ReadInputOptions = {},
): Promise<string | undefined> {
  try {
    return await readInputFile(absolute, options)
  } catch (error) {
    if ((error as { cause?: NodeJS.ErrnoException }).cause?.code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Resolves a path from the config against the root, refusing one that leaves it (`../../etc/passwd`,
 * an absolute path elsewhere) unless the caller allows it.
 * @throws ConfigurationError naming the key
 */
export function confinedPath(root: string, relative: string, key: string, allowOutside = false): string {
  const absolute = path.resolve(root, relative)
  const inside = path.relative(root, absolute)
  if (allowOutside || (inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside)))
    return absolute
  throw new ConfigurationError(`${key}: ${relative} is outside the repository; name a file inside it`, {
    key,
  })
}

/** What a failed open means, in the words every file error of launchgate uses. */
function errnoText(error: unknown): string {
  return fileErrorText((error as NodeJS.ErrnoException).code) ?? (error as Error).message
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean }): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isCharacterDevice()) return 'a device'
  return 'a special file'
}

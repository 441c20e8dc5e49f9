/**
 * A cross-process lock file and an atomic file write, for the local forge's JSON state. Two
 * launchgate processes (say, two monitor runs) on one state folder must take turns, or both could
 * read issue #7 as the next number and one issue would be lost.
 *
 * The lock is a file created with `open(path, 'wx')`, which fails when the file exists on every
 * local file system. A lock left behind by a crashed process is taken over when its owner's pid
 * is gone (same host) or it is older than `staleMs`.
 */
import { randomUUID } from 'node:crypto'
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { UserError } from '../errors.js'

/** Timing of {@link withFileLock}. */
export interface FileLockOptions {
  /** Give up waiting after this long; 10 s by default. */
  timeoutMs?: number
  /** A lock older than this is considered abandoned; 30 s by default (critical sections take ms). */
  staleMs?: number
}

/** The lock stayed busy past the timeout. */
export class LockTimeoutError extends UserError {
  override readonly name: string = 'LockTimeoutError'
  readonly lockPath: string
  constructor(lockPath: string, timeoutMs: number) {
    super(
      `timed out after ${timeoutMs} ms waiting for the lock ${lockPath}. Another launchgate process is ` +
        `using the local forge; if none is running, delete that file and run again.`,
    )
    this.lockPath = lockPath
  }
}

interface LockOwner {
  pid: number
  host: string
  token: string
}

/** Runs `fn` while holding the lock file `lockPath`; always releases it, even when `fn` throws. */
export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const token = await acquire(lockPath, options)
  try {
    return await fn()
  } finally {
    await release(lockPath, token)
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const staleMs = options.staleMs ?? 30_000
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomUUID() }
  const deadline = Date.now() + timeoutMs
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockPath, owner)) return owner.token
    if (await removeIfStale(lockPath, staleMs)) continue
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath, timeoutMs)
    // Jittered, slowly growing waits keep many waiters from retrying in lock step.
    await sleep(Math.min(5 + attempt * 2, 50) + Math.random() * 10)
  }
}

async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  let handle
  try {
    handle = await open(lockPath, 'wx')
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(JSON.stringify(owner))
  } finally {
    await handle.close()
  }
  return true
}

/** Removes our lock only if it is still ours (it may have been taken over as stale). */
async function release(lockPath: string, token: string): Promise<void> {
  const owner = parseOwner(await readText(lockPath))
  if (owner?.token === token) await unlink(lockPath).catch(ignoreMissing)
}

/**
 * Takes an abandoned lock out of the way and says whether it did. The lock is renamed first
 * (atomic), then checked again: if it turns out to be a fresh lock another waiter just created,
 * it is put back with `link`, which never overwrites.
 */
async function removeIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const info = await stat(lockPath).catch(ignoreMissing)
  if (!info) return true
  const content = await readText(lockPath)
  if (content === undefined) return true
  if (!isStale(parseOwner(content), Date.now() - info.mtimeMs, staleMs)) return false
  const aside = `${lockPath}.stale-${randomUUID()}`
  try {
    await rename(lockPath, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true
    throw error
  }
  if ((await readText(aside)) !== content) await link(aside, lockPath).catch(() => undefined)
  await unlink(aside).catch(ignoreMissing)
  return true
}

function isStale(owner: LockOwner | undefined, ageMs: number, staleMs: number): boolean {
  if (ageMs > staleMs) return true
  return owner !== undefined && owner.host === hostname() && !processAlive(owner.pid)
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM'
  }
}

function parseOwner(content: string | undefined): LockOwner | undefined {
  if (!content) return undefined
  try {
    const value = JSON.parse(content) as Partial<LockOwner>
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
      return { pid: value.pid, host: value.host, token: value.token }
    }
  } catch {
    // A lock being written right now is empty or partial; treat it as owned by someone alive.
  }
  return undefined
}

async function readText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(ignoreMissing)
}

function ignoreMissing(error: unknown): undefined {
  if (errorCode(error) === 'ENOENT') return undefined
  throw error
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}

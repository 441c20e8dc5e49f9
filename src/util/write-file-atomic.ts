/**
 * Replaces a file so readers see the old content or the new, never half of one, even if the
 * process dies mid-write: written beside the target (one file system) under a name of its own,
 * then renamed over it; the temporary file is removed when the write fails.
 */
import { randomUUID } from 'node:crypto'
import { rename, unlink, writeFile } from 'node:fs/promises'

export interface AtomicWriteOptions {
  /**
   * Flush to the disk before the rename (default true): state that must survive a crash. A cache,
   * rebuilt when lost, skips it and the time it costs.
   */
  flush?: boolean
}

export async function writeFileAtomic(
  file: string,
  content: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`
  try {
    await writeFile(temp, content, { encoding: 'utf8', flush: options.flush ?? true })
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

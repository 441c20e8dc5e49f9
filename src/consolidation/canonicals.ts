/**
 * The I/O half of the canonical check: which canonical paths of the config are missing on disk.
 * Shared by the check (a failing concern) and `launchgate config` (a failing config).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { missingCanonicals, missingCanonicalMessage, type MissingCanonical } from './concerns.js'
import { listFiles } from './scan.js'
import type { Violation } from './types.js'

/** The canonical paths of `concerns` that do not exist under `root`. */
export async function findMissingCanonicals(
  root: string,
  concerns: Array<{ name: string; canonical: string[] }>,
): Promise<MissingCanonical[]> {
  const globs = concerns.flatMap((c) => c.canonical).filter((p) => picomatch.scan(p).isGlob)
  const files = globs.length > 0 ? await listFiles(root, globs, []) : []
  return missingCanonicals(concerns, files, (file) => existsSync(path.join(root, file)))
}

/** A missing canonical as a violation of its concern: it fails that concern, never the others. */
export function missingCanonicalViolation(missing: MissingCanonical): Violation {
  return {
    concern: missing.concern,
    rule: 'missing-canonical',
    file: missing.canonical,
    line: 1,
    column: 1,
    symbol: missing.canonical,
    message: missingCanonicalMessage(missing),
  }
}

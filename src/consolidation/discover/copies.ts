/**
 * Copies made by tools, known by their names: Finder's `name 2.ts` and `name copy.ts`, browsers'
 * `name (1).ts`, editors' and people's `name.old.ts`, `name.ts.bak`, `name-backup.ts`, and whole
 * `backup/` folders. Each is paired with the file it copies when that file exists. Pure.
 */

/** A tool-made copy and the file it copies (undefined when that file is gone). */
export interface ToolCopy {
  copy: string
  original?: string
  /** How the name gives it away, for the evidence. */
  pattern: string
}

// Ordered: the first pattern that matches names the copy. `$1` is the original's name.
const NAME_PATTERNS: Array<{ pattern: string; regex: RegExp; original: (m: RegExpExecArray) => string }> = [
  { pattern: 'name copy.ext', regex: /^(.+?) copy(?: \d+)?(\.[^.]+)$/i, original: (m) => m[1]! + m[2]! },
  { pattern: 'name (N).ext', regex: /^(.+?) \(\d+\)(\.[^.]+)$/, original: (m) => m[1]! + m[2]! },
  { pattern: 'name N.ext', regex: /^(.+?) \d+(\.[^.]+)$/, original: (m) => m[1]! + m[2]! },
  {
    pattern: 'name.ext.old',
    regex: /^(.+\.[^.]+)\.(?:old|bak|orig|backup|save|prev)$/i,
    original: (m) => m[1]!,
  },
  {
    pattern: 'name.old.ext',
    regex: /^(.+?)[-_.](?:old|bak|orig|backup|copy|prev)(\.[^.]+)$/i,
    original: (m) => m[1]! + m[2]!,
  },
]

const BACKUP_FOLDER = /^(?:backups?|bak|old|_old|\.old|archive|copy)$/i

/**
 * The tool-made copies among `files` (root-relative paths), with their originals.
 * @param exists whether a path is a file of the repository (the caller passes the file list's set)
 */
export function toolCopies(files: string[], exists: (file: string) => boolean): ToolCopy[] {
  const byName = new Map<string, string[]>()
  for (const file of files) {
    const name = basename(file)
    byName.set(name, [...(byName.get(name) ?? []), file])
  }
  const out: ToolCopy[] = []
  for (const file of files) {
    const found = byNamePattern(file, exists) ?? inBackupFolder(file, exists, byName)
    if (found) out.push(found)
  }
  return out
}

function byNamePattern(file: string, exists: (file: string) => boolean): ToolCopy | undefined {
  const name = basename(file)
  const dir = file.slice(0, file.length - name.length)
  for (const { pattern, regex, original } of NAME_PATTERNS) {
    const m = regex.exec(name)
    if (!m) continue
    const candidate = dir + original(m)
    if (exists(candidate)) return { copy: file, original: candidate, pattern }
    // `use-copy.ts` (a clipboard hook) with no `use.ts` beside it is a name, not a copy.
    if (!/[-_.](?:copy|prev)\.[^.]+$/i.test(name)) return { copy: file, pattern }
  }
  return undefined
}

/** `backup/src/x.ts` or `src/old/x.ts`: the same path without the folder, else the one file of that name. */
function inBackupFolder(
  file: string,
  exists: (file: string) => boolean,
  byName: Map<string, string[]>,
): ToolCopy | undefined {
  const parts = file.split('/')
  const at = parts.slice(0, -1).findIndex((p) => BACKUP_FOLDER.test(p))
  if (at < 0) return undefined
  const pattern = `${parts[at]}/ folder`
  const without = [...parts.slice(0, at), ...parts.slice(at + 1)].join('/')
  if (exists(without)) return { copy: file, original: without, pattern }
  const same = (byName.get(basename(file)) ?? []).filter(
    (f) => f !== file && !f.split('/').some((p) => BACKUP_FOLDER.test(p)),
  )
  return same.length === 1 ? { copy: file, original: same[0], pattern } : { copy: file, pattern }
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1)
}

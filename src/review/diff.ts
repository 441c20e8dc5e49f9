/**
 * Reads `git diff --unified=0` output into the lines each file gains. Only added lines count
 * against a PR (issue 5, item 3): a finding elsewhere in a changed file was there before.
 */

/** How a file changed between the two commits. */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'deleted'

/** One file of the diff and the line numbers (at head, 1-based) it gained. */
export interface ChangedFile {
  /** Path at head (at base for a deleted file), relative to the repository root. */
  path: string
  oldPath?: string
  status: ChangeStatus
  binary: boolean
  /** Added line numbers at head, ascending. */
  addedLines: number[]
}

/** Undoes git's C-style quoting of unusual paths (`"a\tb"`, octal escapes for UTF-8 bytes). */
export function unquotePath(raw: string): string {
  if (!raw.startsWith('"')) return raw
  const body = raw.slice(1, -1)
  const bytes: number[] = []
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'))
      continue
    }
    const next = body[++i] ?? ''
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8))
      i += 2
    } else {
      const map: Record<string, string> = {
        n: '\n',
        t: '\t',
        '"': '"',
        '\\': '\\',
        a: '\x07',
        b: '\b',
        f: '\f',
        r: '\r',
        v: '\v',
      }
      bytes.push(...Buffer.from(map[next] ?? next, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function stripPrefix(raw: string): string | undefined {
  const path = unquotePath(raw.trim())
  if (path === '/dev/null') return undefined
  return path.replace(/^[ab]\//, '')
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Parses a unified diff (any context size; `--unified=0` keeps it small) into changed files. */
export function parseUnifiedDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = []
  let current: ChangedFile | undefined
  let oldPath: string | undefined
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = { path: '', status: 'modified', binary: false, addedLines: [] }
      files.push(current)
      oldPath = undefined
      // Binary and mode-only diffs have no ---/+++ lines; take the b/ path from the header.
      const m = /^diff --git (?:"?a\/.*?"?) ("?b\/.*"?)$/.exec(line)
      if (m?.[1]) current.path = stripPrefix(m[1]) ?? ''
      continue
    }
    if (!current) continue
    if (line.startsWith('new file mode')) current.status = 'added'
    else if (line.startsWith('deleted file mode')) current.status = 'deleted'
    else if (line.startsWith('rename from ')) {
      current.status = 'renamed'
      current.oldPath = unquotePath(line.slice('rename from '.length))
    } else if (line.startsWith('rename to ')) current.path = unquotePath(line.slice('rename to '.length))
    else if (line.startsWith('Binary files ')) current.binary = true
    else if (line.startsWith('--- ')) oldPath = stripPrefix(line.slice(4))
    else if (line.startsWith('+++ ')) {
      const newPath = stripPrefix(line.slice(4))
      if (newPath === undefined) {
        current.status = 'deleted'
        if (oldPath) current.path = oldPath
      } else current.path = newPath
    } else {
      const hunk = HUNK.exec(line)
      if (!hunk) continue
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      for (let n = start; n < start + count; n++) current.addedLines.push(n)
    }
  }
  return files.filter((f) => f.path !== '')
}

/** True when `[line, endLine]` touches an added line of the file. */
export function touchesAddedLines(added: ReadonlySet<number>, line: number, endLine = line): boolean {
  for (let n = line; n <= endLine; n++) if (added.has(n)) return true
  return false
}

/**
 * A pull request's changed files from real git, shaped like GitHub's "list pull request files":
 * a status per file and a `patch` holding only the hunks (no `diff --git` headers).
 */
import { runGit } from '../git/git.js'
import type { ChangedFile } from './forge.js'

/** GitHub leaves out patches of very large files; so do we, past this many characters. */
export const MAX_PATCH_CHARS = 256 * 1024

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
}

/** Files changed from commit `from` to commit `to` (pass the merge base as `from`, as GitHub does). */
export async function changedFiles(
  cwd: string,
  from: string,
  to: string,
  env?: Record<string, string>,
): Promise<ChangedFile[]> {
  // Both commands use the same options so git lists files in the same order in both outputs.
  const common = ['diff', '--no-color', '--no-ext-diff', '--find-renames']
  const names = await runGit([...common, '--name-status', '-z', from, to], { cwd, env })
  const patch = await runGit([...common, '--patch', from, to], { cwd, env })
  const files = parseNameStatus(names.stdout)
  const patches = splitPatch(patch.stdout)
  // Should the outputs ever disagree, a file without a patch beats a patch on the wrong file.
  if (patches.length !== files.length) return files
  return files.map((file, i) => {
    const hunks = patches[i]
    return hunks === undefined ? file : { ...file, patch: hunks }
  })
}

/** Parses `git diff --name-status -z`: `M NUL path NUL`, `R100 NUL old NUL new NUL`. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0')
  const files: ChangedFile[] = []
  for (let i = 0; i < fields.length;) {
    const code = fields[i] ?? ''
    if (code === '') break
    const status = STATUS[code.charAt(0)] ?? 'changed'
    if (status === 'renamed' || status === 'copied') {
      files.push({ path: fields[i + 2] ?? '', status, previousPath: fields[i + 1] ?? '' })
      i += 3
    } else {
      files.push({ path: fields[i + 1] ?? '', status })
      i += 2
    }
  }
  return files
}

/**
 * Splits a `git diff --patch` into one entry per file, keeping only the hunks. A file without
 * hunks (binary, pure rename, mode change) or with a huge patch gets `undefined`.
 */
export function splitPatch(output: string): (string | undefined)[] {
  if (output.trim() === '') return []
  // Inside a hunk every line starts with ' ', '+', '-' or '\', so this header cannot be content.
  const sections = `\n${output}`.split('\ndiff --git ').slice(1)
  return sections.map((section) => {
    const start = section.startsWith('@@') ? 0 : section.indexOf('\n@@')
    if (start === -1) return undefined
    const hunks = section.slice(start === 0 ? 0 : start + 1).replace(/\n$/, '')
    return hunks.length > MAX_PATCH_CHARS ? undefined : hunks
  })
}

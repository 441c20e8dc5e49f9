/**
 * The change under review, read from a local repository: the diff between the merge base of
 * `base` and `head` and `head` (what a pull request shows), and each changed file's content at
 * head. Read-only git plumbing; nothing here needs a work tree checked out at head.
 */
import { mergeBase, revParse, runGit } from '../git/git.js'
import { UserError } from '../errors.js'
import { parseUnifiedDiff, type ChangedFile } from './diff.js'

/** A changed file with its content at head (absent for deleted, binary or oversized files). */
export interface ChangedSource extends ChangedFile {
  content?: string
  /** `content` split into lines; `lines[0]` is line 1. */
  lines?: string[]
  /** Added lines as a set, for the changed-lines filter. */
  added: ReadonlySet<number>
}

/** The two commits and what changed between them. */
export interface ChangeSet {
  root: string
  base: string
  head: string
  files: ChangedSource[]
}

/** Files above this are generated or vendored; they are listed but not analysed. */
const MAX_FILE_BYTES = 1024 * 1024

/** A ref that does not resolve is the user's to fix (a typo, or a shallow clone without base). */
export class ReviewRefError extends UserError {
  override readonly name: string = 'ReviewRefError'
}

async function resolve(root: string, ref: string, flag: string): Promise<string> {
  try {
    return await revParse(root, ref)
  } catch (error) {
    throw new ReviewRefError(
      `${flag} ${ref} is not a commit in ${root}; fetch it first (a shallow CI checkout needs fetch-depth: 0)`,
      { cause: error },
    )
  }
}

/** Reads the change between `base` and `head` in the repository at `root`. */
export async function readChange(root: string, baseRef: string, headRef: string): Promise<ChangeSet> {
  const [baseSha, head] = [await resolve(root, baseRef, '--base'), await resolve(root, headRef, '--head')]
  // Like a pull request: compare head with where it forked from base, not with base's tip.
  const base = (await mergeBase(root, baseSha, head)) ?? baseSha
  const { stdout } = await runGit(
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '-M',
      base,
      head,
      '--',
    ],
    { cwd: root },
  )
  const files: ChangedSource[] = []
  for (const file of parseUnifiedDiff(stdout)) {
    const source: ChangedSource = { ...file, added: new Set(file.addedLines) }
    if (file.status !== 'deleted' && !file.binary) {
      const content = await readAtCommit(root, head, file.path)
      if (content !== undefined) Object.assign(source, { content, lines: content.split(/\r?\n/) })
    }
    files.push(source)
  }
  return { root, base, head, files }
}

/** A file's text at a commit, or undefined when it is missing, binary or too large to review. */
export async function readAtCommit(root: string, commit: string, path: string): Promise<string | undefined> {
  const size = await runGit(['cat-file', '-s', `${commit}:${path}`], { cwd: root, allowExitCodes: [128] })
  if (size.code !== 0 || Number(size.stdout.trim()) > MAX_FILE_BYTES) return undefined
  const { stdout } = await runGit(['cat-file', 'blob', `${commit}:${path}`], { cwd: root })
  return stdout.includes('\0') ? undefined : stdout
}

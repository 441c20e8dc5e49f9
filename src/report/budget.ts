/**
 * Size budgets for markdown GitHub stores: a comment body holds at most 65,536 characters and a step's
 * job summary at most 1 MiB. Documents are built from indivisible chunks (a heading, one table row, one
 * line of text) so a truncation never cuts a row or a multi-byte character in half.
 */

/** GitHub's maximum issue or pull-request comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536

/** GitHub's maximum job summary per step, in bytes. */
export const SUMMARY_MAX_BYTES = 1024 * 1024

/** Upper bounds for one document; both apply. */
export interface Budget {
  /** UTF-16 code units, which over-count code points: a safe measure of GitHub's "characters". */
  maxChars: number
  /** UTF-8 bytes. */
  maxBytes: number
}

/** An indivisible piece of output, and the text that closes whatever is open (a `<details>`, a fence) after it. */
export interface Chunk {
  text: string
  close: string
}

/** Collects chunks while tracking the structures that must be closed if the document stops early. */
export class ChunkWriter {
  readonly chunks: Chunk[] = []
  private readonly open: string[] = []

  /** Appends text; `closeAfter` is added when this chunk itself leaves something open (a code fence). */
  write(text: string, closeAfter = ''): void {
    this.chunks.push({ text, close: closeAfter + this.closing() })
  }

  /** Appends text that opens a structure closed by `closer` (e.g. `<details>` … `</details>`). */
  begin(text: string, closer: string): void {
    this.open.push(closer)
    this.write(text)
  }

  /** Closes the innermost structure opened with {@link begin}. */
  end(): void {
    const closer = this.open.pop()
    if (closer !== undefined) this.write(closer)
  }

  private closing(): string {
    return [...this.open].reverse().join('')
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Joins chunks within the budget. When everything fits the output is the chunks joined; otherwise it is
 * the longest prefix of whole chunks, the closers still open there, and `note`. Runs in linear time.
 */
export function fitChunks(
  chunks: readonly Chunk[],
  budget: Budget,
  note: string,
): { text: string; truncated: boolean } {
  const all = chunks.map((c) => c.text).join('')
  if (all.length <= budget.maxChars && bytes(all) <= budget.maxBytes) return { text: all, truncated: false }

  const noteChars = note.length
  const noteBytes = bytes(note)
  let chars = 0
  let size = 0
  let best = -1
  let bestClose = ''
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as Chunk
    chars += chunk.text.length
    size += bytes(chunk.text)
    if (chars > budget.maxChars || size > budget.maxBytes) break
    if (
      chars + chunk.close.length + noteChars <= budget.maxChars &&
      size + bytes(chunk.close) + noteBytes <= budget.maxBytes
    ) {
      best = i
      bestClose = chunk.close
    }
  }
  const kept = chunks
    .slice(0, best + 1)
    .map((c) => c.text)
    .join('')
  // A budget smaller than the note itself leaves only what fits of nothing: an empty string beats a
  // document over the limit, which GitHub would reject outright.
  const text = kept + bestClose + note
  if (text.length > budget.maxChars || bytes(text) > budget.maxBytes) return { text: '', truncated: true }
  return { text, truncated: true }
}

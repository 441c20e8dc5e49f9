/**
 * Escaping for user-controlled text (finding messages, file names, table cells). Findings come from
 * scanned repositories and pull requests, so a message must never be able to inject markup, close a
 * `<details>`, ping a team with `@org/team`, or move a terminal's cursor.
 */

// C0/C1 controls (except tab and newline) and the bidirectional overrides used in "Trojan Source" attacks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Replaces control and bidi-override characters with visible `\u{…}` escapes; keeps tabs and newlines. */
export function visibleControls(text: string): string {
  return text.replace(UNSAFE_CHARS, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? ''}}`)
}

/** Escapes the five HTML-significant characters, for text inside HTML elements like `<summary>`. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Inserts a zero-width space after `@` where GitHub would read a mention (`@user`, `@org/team`), so a
 * finding quoting a handle does not notify anyone. E-mail addresses (word character before `@`) are kept.
 */
export function breakMentions(text: string): string {
  return text.replace(/(?<![\w.+-])@(?=[A-Za-z0-9])/g, '@\u200b')
}

// Characters with inline meaning in GitHub markdown: emphasis, code, links, tables, strikethrough, math,
// and the backslash itself. Line-start syntax (#, -, >, 1.) cannot occur because newlines are replaced.
const MARKDOWN_INLINE = /[\\`*_[\]|~$]/g

/**
 * Escapes text for one line of markdown: HTML entities, markdown punctuation, mentions, controls.
 * Newlines become `newline` (a space by default; `<br>` inside table cells, which cannot span lines).
 */
export function escapeInline(text: string, newline = ' '): string {
  const safe = escapeHtml(visibleControls(text)).replace(MARKDOWN_INLINE, (c) => `\\${c}`)
  return breakMentions(safe).replace(/\r\n|\r|\n/g, newline)
}

/** Escapes a GFM table cell: inline escaping, `|` escaped, line breaks as `<br>`. */
export function escapeCell(value: string | number, maxChars = 1000): string {
  return escapeInline(truncateChars(String(value), maxChars), '<br>')
}

/** Escapes text for an HTML element such as `<summary>`, where markdown is not interpreted. */
export function escapeHtmlInline(text: string): string {
  return breakMentions(escapeHtml(visibleControls(text))).replace(/\r\n|\r|\n/g, ' ')
}

/**
 * Cuts text to at most `max` code points, ending with `…`. Works on code points, never UTF-16 units,
 * so a surrogate pair (emoji, CJK extension) is never split in half.
 */
export function truncateChars(text: string, max: number): string {
  if (text.length <= max) return text
  const points = Array.from(text)
  if (points.length <= max) return text
  return points.slice(0, Math.max(0, max - 1)).join('') + '…'
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** One line of sanitized markdown, with the code fence still open after it (if any). */
export interface MarkdownLine {
  line: string
  openFence?: string
}

/**
 * Makes capability-written free text safe to embed in markdown while keeping its markdown (lists, code,
 * emphasis): outside code fences, `<` that could open a tag or comment is escaped so the text cannot
 * close a surrounding `<details>`, and mentions are broken; an unclosed code fence is closed so it cannot
 * swallow the rest of the document. Lines carry the open fence so a truncation can close it too.
 */
export function sanitizeMarkdownLines(text: string): MarkdownLine[] {
  const out: MarkdownLine[] = []
  let fence: string | undefined
  for (const raw of visibleControls(text).split(/\r\n|\r|\n/)) {
    const match = FENCE.exec(raw)?.[1]
    if (fence !== undefined) {
      // A fence closes with the same character, at least as long, and nothing but spaces after it.
      if (
        match !== undefined &&
        match[0] === fence[0] &&
        match.length >= fence.length &&
        raw.trim() === match
      ) {
        fence = undefined
      }
      out.push(fence === undefined ? { line: raw } : { line: raw, openFence: fence })
    } else if (match !== undefined) {
      fence = match
      out.push({ line: raw, openFence: fence })
    } else {
      out.push({ line: breakMentions(raw.replace(/<(?=[A-Za-z/!?])/g, '&lt;')) })
    }
  }
  if (fence !== undefined) out.push({ line: fence })
  return out
}

/**
 * Returns an http(s) URL fit for a markdown link target, or undefined. Other schemes are refused and
 * characters that would end the link or split a table cell (spaces, parentheses, `|`, `<`, `>`) are
 * percent-encoded.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  return parsed.href.replace(
    /[\s()<>|"'`\\[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

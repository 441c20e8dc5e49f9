/**
 * Escaping for user-controlled text (finding messages, file names, table cells). Findings come from
 * scanned repositories and pull requests, so a message must never be able to inject markup, close a
 * `<details>`, ping a team with `@org/team`, or move a terminal's cursor.
 */
/** Replaces control and bidi-override characters with visible `\u{…}` escapes; keeps tabs and newlines. */
export declare function visibleControls(text: string): string;
/** Escapes the five HTML-significant characters, for text inside HTML elements like `<summary>`. */
export declare function escapeHtml(text: string): string;
/**
 * Inserts a zero-width space after `@` where GitHub would read a mention (`@user`, `@org/team`), so a
 * finding quoting a handle does not notify anyone. E-mail addresses (word character before `@`) are kept.
 */
export declare function breakMentions(text: string): string;
/**
 * Escapes text for one line of markdown: HTML entities, markdown punctuation, mentions, controls.
 * Newlines become `newline` (a space by default; `<br>` inside table cells, which cannot span lines).
 */
export declare function escapeInline(text: string, newline?: string): string;
/** Escapes a GFM table cell: inline escaping, `|` escaped, line breaks as `<br>`. */
export declare function escapeCell(value: string | number, maxChars?: number): string;
/** Escapes text for an HTML element such as `<summary>`, where markdown is not interpreted. */
export declare function escapeHtmlInline(text: string): string;
/**
 * Cuts text to at most `max` code points, ending with `…`. Works on code points, never UTF-16 units,
 * so a surrogate pair (emoji, CJK extension) is never split in half.
 */
export declare function truncateChars(text: string, max: number): string;
/** One line of sanitized markdown, with the code fence still open after it (if any). */
export interface MarkdownLine {
    line: string;
    openFence?: string;
}
/**
 * Makes capability-written free text safe to embed in markdown while keeping its markdown (lists, code,
 * emphasis): outside code fences, `<` that could open a tag or comment is escaped so the text cannot
 * close a surrounding `<details>`, and mentions are broken; an unclosed code fence is closed so it cannot
 * swallow the rest of the document. Lines carry the open fence so a truncation can close it too.
 */
export declare function sanitizeMarkdownLines(text: string): MarkdownLine[];
/**
 * Returns an http(s) URL fit for a markdown link target, or undefined. Other schemes are refused and
 * characters that would end the link or split a table cell (spaces, parentheses, `|`, `<`, `>`) are
 * percent-encoded.
 */
export declare function safeUrl(url: string | undefined): string | undefined;

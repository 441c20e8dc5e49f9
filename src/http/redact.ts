/**
 * Keeps credentials out of every message and log line built from an HTTP exchange. Two layers:
 * the exact values the request carried (taken from its headers) are replaced wherever they
 * appear, and common token shapes (`Bearer ...`, `token=...` in a URL) are masked even when
 * the value is not known, because an upstream body may echo a credential we never sent.
 */

/** What a removed secret reads as. */
export const REDACTED = '[REDACTED]'

/** Header names whose values are credentials (Authorization, X-Api-Key, Cookie, ...). */
const SECRET_HEADER = /authorization|token|secret|api[-_]?key|cookie|password|dsn/i

/** Shorter values are too likely to occur by chance in ordinary text to be replaced safely. */
const MIN_SECRET_LENGTH = 6

const TOKEN_SHAPES: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=:-]+/gi, `$1 ${REDACTED}`],
  [/([?&](?:access_token|token|api_key|apikey|key|sentry_key|password)=)[^&\s#]+/gi, `$1${REDACTED}`],
  [/\b(sntrys_|sntryu_|ghp_|gho_|ghs_|github_pat_|xox[abp]-)[A-Za-z0-9_=+/-]+/g, REDACTED],
  [/(\/\/[^/\s:@]+:)[^@\s/]+@/g, `$1${REDACTED}@`],
]

/**
 * The credential values carried by a set of request headers, including the bare token of an
 * `Authorization: Bearer <token>` header.
 * @param headers request headers as axios keeps them (values may be strings, numbers or lists)
 * @returns the values to scrub, longest first so a token inside a longer value is not left half-masked
 */
export function secretsFromHeaders(headers: Record<string, unknown> | undefined): string[] {
  const found = new Set<string>()
  for (const [name, raw] of Object.entries(headers ?? {})) {
    if (!SECRET_HEADER.test(name) || raw === undefined || raw === null) continue
    const value = String(raw).trim()
    found.add(value)
    const scheme = /^\S+\s+(.+)$/.exec(value)
    if (scheme?.[1]) found.add(scheme[1].trim())
  }
  return [...found].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)
}

/**
 * Text with every known secret and every token-shaped substring masked.
 * @param text a message, URL or response body excerpt
 * @param secrets exact values to remove (e.g. from {@link secretsFromHeaders})
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED)
  }
  for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement)
  return out
}

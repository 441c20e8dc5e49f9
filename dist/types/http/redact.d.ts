/**
 * Keeps credentials out of every message and log line built from an HTTP exchange. Two layers:
 * the exact values the request carried (taken from its headers) are replaced wherever they
 * appear, and common token shapes (`Bearer ...`, `token=...` in a URL) are masked even when
 * the value is not known, because an upstream body may echo a credential we never sent.
 */
/** What a removed secret reads as. */
export declare const REDACTED = "[REDACTED]";
/**
 * The credential values carried by a set of request headers, including the bare token of an
 * `Authorization: Bearer <token>` header.
 * @param headers request headers as axios keeps them (values may be strings, numbers or lists)
 * @returns the values to scrub, longest first so a token inside a longer value is not left half-masked
 */
export declare function secretsFromHeaders(headers: Record<string, unknown> | undefined): string[];
/**
 * Text with every known secret and every token-shaped substring masked.
 * @param text a message, URL or response body excerpt
 * @param secrets exact values to remove (e.g. from {@link secretsFromHeaders})
 */
export declare function redact(text: string, secrets?: readonly string[]): string;

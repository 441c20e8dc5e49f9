/**
 * Sentry's cursor pagination: every list answer carries a `Link` header with a `next` entry,
 * and `results="true"` on it says whether that next page holds anything.
 * @example
 * nextCursor('<https://sentry.io/api/0/organizations/acme/issues/?cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"')
 * // => '0:100:0'
 */
/** The cursor of the next page, or undefined when there is none (or it is empty). */
export declare function nextCursor(link: unknown): string | undefined;

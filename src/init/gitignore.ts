/**
 * launchgate keeps its caches and local reports in `.launchgate/`; init adds it to `.gitignore`
 * (appending, never rewriting what is there) so a cache is never committed.
 */

export const CACHE_FOLDER = '.launchgate/'

/** The .gitignore text with the cache folder appended; `existing` is undefined when there is none. */
export function withCacheIgnored(existing: string | undefined): string {
  const block = `# launchgate's caches and local reports\n${CACHE_FOLDER}\n`
  if (existing === undefined || existing === '') return block
  const separator = existing.endsWith('\n') ? '\n' : '\n\n'
  return `${existing}${separator}${block}`
}

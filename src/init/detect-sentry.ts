/**
 * Whether the app reports to Sentry, and which organization and project: the monitor reads the
 * release's error rate there. The SDK shows in the dependencies (`@sentry/*` in a package.json,
 * `sentry-sdk` in requirements or pyproject); the slugs in the files Sentry's own tools read
 * (`.sentryclirc`, `sentry.properties`), the bundler plugins' options, or example env files.
 */
import { readInputFile } from '../config/read-input.js'
import path from 'node:path'

export interface SentryFacts {
  /** The file and dependency that show the SDK, e.g. `frontend/package.json (@sentry/react)`. */
  evidence: string
  org?: string
  project?: string
  /** Where the slugs were read. */
  slugsFrom?: string
}

const SLUG = '([a-z0-9][a-z0-9_-]*)'
/** `key=value` (ini, properties, env) and `key: 'value'` (plugin options), per slug. */
const PATTERNS: Record<'org' | 'project', RegExp[]> = {
  org: [
    new RegExp(`^\\s*(?:defaults\\.)?org\\s*=\\s*${SLUG}\\s*$`, 'm'),
    new RegExp(`^\\s*SENTRY_ORG\\s*=\\s*["']?${SLUG}["']?\\s*$`, 'm'),
    new RegExp(`\\borg\\s*:\\s*["'\`]${SLUG}["'\`]`),
  ],
  project: [
    new RegExp(`^\\s*(?:defaults\\.)?project\\s*=\\s*${SLUG}\\s*$`, 'm'),
    new RegExp(`^\\s*SENTRY_PROJECT\\s*=\\s*["']?${SLUG}["']?\\s*$`, 'm'),
    new RegExp(`\\bproject\\s*:\\s*["'\`]${SLUG}["'\`]`),
  ],
}

/** Files whose `org`/`project` are Sentry's; a bundler config counts only when it loads a Sentry plugin. */
export const SENTRY_SLUG_FILES = [
  '**/.sentryclirc',
  '**/sentry.properties',
  '**/.env.example',
  '**/.env.sample',
  '**/{vite,next,webpack,astro,nuxt}.config.{js,mjs,cjs,ts,mts}',
  '**/sentry.*.config.{js,mjs,ts}',
]

/** The first dependency that shows a Sentry SDK, as `file (name)`. */
export function sentryEvidence(
  packageDeps: Array<[string, string[]]>,
  pythonTexts: Array<[string, string]>,
): string | undefined {
  for (const [file, names] of packageDeps) {
    const sdk = names.find((n) => n.startsWith('@sentry/'))
    if (sdk) return `${file} (${sdk})`
  }
  for (const [file, text] of pythonTexts) {
    // The PyPI name is sentry-sdk (sentry_sdk is accepted by pip); a comment mentioning Sentry is not a dependency.
    const line = text.split('\n').find((l) => /^[^#]*\bsentry[-_]sdk\b/i.test(l))
    if (line) return `${file} (sentry-sdk)`
  }
  return undefined
}

/** Reads the org and project slugs from the candidate files, first match of each. */
export async function sentrySlugs(
  root: string,
  files: string[],
): Promise<Pick<SentryFacts, 'org' | 'project' | 'slugsFrom'>> {
  const out: Pick<SentryFacts, 'org' | 'project' | 'slugsFrom'> = {}
  for (const file of [...files].sort()) {
    const text = await readInputFile(path.join(root, file), { display: file }).catch(() => '')
    const bundler = /\.config\.[cm]?[jt]s$/.test(file) && !/^sentry\./.test(path.posix.basename(file))
    if (bundler && !/sentry/i.test(text)) continue
    for (const key of ['org', 'project'] as const) {
      if (out[key] !== undefined) continue
      const value = PATTERNS[key].map((p) => p.exec(text)?.[1]).find(Boolean)
      if (value) {
        out[key] = value
        out.slugsFrom ??= file
      }
    }
    if (out.org && out.project) break
  }
  return out
}

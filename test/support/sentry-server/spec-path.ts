/** Where the shared, read-only copy of Sentry's OpenAPI description lives (next to the repository). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** Sentry's public API description with every `$ref` inlined. */
export const SENTRY_SPEC_PATH = path.resolve(
  repoRoot,
  '..',
  'shared',
  'datasets',
  'api-schemas',
  'sentry-openapi-derefed.json',
)

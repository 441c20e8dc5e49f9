/** Where the slice of Sentry's OpenAPI description that the fake validates against lives. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Sentry's public API description with every `$ref` inlined, cut to the operations the fake
 * routes (test/fixtures/README.md says where it comes from and how it is cut).
 */
export const SENTRY_SPEC_PATH = path.resolve(
  fileURLToPath(import.meta.url),
  '../../../fixtures/sentry/openapi-derefed.json',
)

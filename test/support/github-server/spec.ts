/**
 * Loads GitHub's official OpenAPI description (OpenAPI 3.0) once per test module and adapts
 * its `nullable` usage to what Ajv understands, so the validator can compile it as-is.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The parts of an OpenAPI 3.0 document the server reads; everything else stays `unknown`. */
export interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}

/**
 * GitHub's description of api.github.com as the `@octokit/openapi` devDependency ships it; the
 * lockfile pins its version, so every clone validates against the same contract.
 */
export const DEFAULT_SPEC_PATH = createRequire(import.meta.url).resolve(
  '@octokit/openapi/generated/api.github.com.json',
)

const cache = new Map<string, OpenApiDocument>()

/** Reads, parses and normalizes the description; cached by path for the life of the module. */
export function loadSpec(file: string = DEFAULT_SPEC_PATH): OpenApiDocument {
  const cached = cache.get(file)
  if (cached) return cached
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
  if (!doc.openapi?.startsWith('3.0')) throw new Error(`${file}: expected OpenAPI 3.0.x, got ${doc.openapi}`)
  normalizeNullable(doc)
  normalizeEmptyDefaults(doc)
  cache.set(file, doc)
  return doc
}

type Node = Record<string, unknown>

/**
 * Ajv implements OpenAPI's `nullable` only next to `type`, and does not add `null` to an `enum`.
 * GitHub's description uses both forms (e.g. a check run's `conclusion` is a nullable enum that
 * is null while running; `milestone` is a nullable `oneOf`), so rewrite them in place:
 * - `{type, enum, nullable}`: add `null` to the enum;
 * - `{oneOf|anyOf|allOf, nullable}` without `type`: `{anyOf: [<the rest>, {type: 'null'}]}`;
 * - `{nullable}` alone (an "any" schema): drop the keyword.
 * Examples are data, not schemas, and are left alone.
 */
export function normalizeNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeNullable(item)
    return
  }
  if (!node || typeof node !== 'object') return
  const schema = node as Node
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'example' && key !== 'examples') normalizeNullable(value)
  }
  if (schema.nullable !== true) return
  if ('type' in schema) {
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null]
    return
  }
  const { nullable: _nullable, description, ...rest } = schema
  for (const key of Object.keys(schema)) delete schema[key]
  if (description !== undefined) schema.description = description
  if (Object.keys(rest).length > 0) schema.anyOf = [rest, { type: 'null' }]
}

/**
 * GitHub documents some URL fields as `format: uri` with `default: ""` and answers `""` when they
 * are unset (a deployment status's `target_url`); an empty string is never a URI, so where the
 * description's own default is `""`, accept `""` besides a URI.
 */
export function normalizeEmptyDefaults(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeEmptyDefaults(item)
    return
  }
  if (!node || typeof node !== 'object') return
  const schema = node as Node
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'example' && key !== 'examples') normalizeEmptyDefaults(value)
  }
  if (schema.type === 'string' && typeof schema.format === 'string' && schema.default === '') {
    const { format, ...rest } = schema
    for (const key of Object.keys(schema)) delete schema[key]
    Object.assign(schema, { ...rest, anyOf: [{ format }, { maxLength: 0 }] })
  }
}

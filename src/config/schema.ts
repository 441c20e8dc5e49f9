/**
 * The one config file, `.github/launchgate.yml`: a section per capability. Each section's schema
 * lives in `sections/<capability>.ts` and is named by the capability registry (src/capabilities.ts);
 * this file only composes them in the registry's order. The JSON Schema in `schema/launchgate.schema.json` is generated from this.
 */
import { z } from 'zod'
import { SECTIONS } from '../capabilities.js'

export const DEFAULT_CONFIG_PATH = '.github/launchgate.yml'
export const SCHEMA_ID = 'https://launchgate.dev/schema/launchgate.schema.json'

/** Each section defaults to its schema's defaults, so an absent section means "the plan's numbers". */
function withDefaults<S extends Record<string, z.ZodType>>(
  sections: S,
): { [K in keyof S]: z.ZodDefault<S[K]> } {
  return Object.fromEntries(
    Object.entries(sections).map(([key, schema]) => [key, schema.default(schema.parse({}) as never)]),
  ) as { [K in keyof S]: z.ZodDefault<S[K]> }
}

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('editor hint; ignored'),
    version: z.literal(1).default(1).describe('format version of this file'),
    ...withDefaults(SECTIONS),
  })
  .describe('launchgate: release pipeline as code')

/** The validated config with every default filled in. */
export type LaunchgateConfig = z.output<typeof configSchema>
/** What a user may write in the file. */
export type LaunchgateConfigInput = z.input<typeof configSchema>

/** JSON Schema of the file, for editors (yaml-language-server) and docs. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >
  return {
    $id: SCHEMA_ID,
    title: 'launchgate configuration',
    ...(withStandardFormats(schema) as Record<string, unknown>),
  }
}

/** The formats JSON Schema 2020-12 defines; validators in strict mode refuse any other. */
const STANDARD_FORMATS = new Set([
  ...['date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname'],
  ...['ipv4', 'ipv6', 'uri', 'uri-reference', 'iri', 'iri-reference', 'uuid', 'uri-template'],
  ...['json-pointer', 'relative-json-pointer', 'regex'],
])

/**
 * The schema without zod's own format names (`starts_with` for `.startsWith()`): the `pattern`
 * beside each says the same in standard terms, and Ajv's strict mode fails on an unknown format.
 */
function withStandardFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withStandardFormats)
  if (node === null || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(
        ([key, value]) => !(key === 'format' && typeof value === 'string' && !STANDARD_FORMATS.has(value)),
      )
      .map(([key, value]) => [key, withStandardFormats(value)]),
  )
}

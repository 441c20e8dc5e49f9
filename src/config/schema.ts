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
  return { $id: SCHEMA_ID, title: 'launchgate configuration', ...schema }
}

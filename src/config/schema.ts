/**
 * The one config file, `.github/launchgate.yml`: a section per capability. Each section's schema
 * lives in `sections/<capability>.ts`; this file only composes them, so a capability is added by
 * one line here. The JSON Schema in `schema/launchgate.schema.json` is generated from this.
 */
import { z } from 'zod'
import { auditSchema } from './sections/audit.js'
import { consolidationSchema } from './sections/consolidation.js'
import { deploySchema } from './sections/deploy.js'
import { monitorSchema } from './sections/monitor.js'
import { prefilterSchema } from './sections/prefilter.js'
import { reviewSchema } from './sections/review.js'

export const DEFAULT_CONFIG_PATH = '.github/launchgate.yml'
export const SCHEMA_ID = 'https://launchgate.dev/schema/launchgate.schema.json'

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('editor hint; ignored'),
    version: z.literal(1).default(1).describe('format version of this file'),
    consolidation: consolidationSchema.default(consolidationSchema.parse({})),
    prefilter: prefilterSchema.default(prefilterSchema.parse({})),
    review: reviewSchema.default(reviewSchema.parse({})),
    deploy: deploySchema.default(deploySchema.parse({})),
    monitor: monitorSchema.default(monitorSchema.parse({})),
    audit: auditSchema.default(auditSchema.parse({})),
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

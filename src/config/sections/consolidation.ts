import { z } from 'zod'

/** A path or glob relative to the scanned root. */
const paths = z.array(z.string().min(1)).describe('paths or globs relative to the root')

/** One concern: the files that implement it now, the ones that must disappear, and the rules. */
export const concernSchema = z.strictObject({
  name: z.string().min(1).describe('unique name of the concern, e.g. pam-websocket'),
  description: z.string().optional(),
  canonical: paths.min(1).describe('the one implementation that remains'),
  deprecated: paths.default([]).describe('modules that must be deleted and never imported'),
  include: paths
    .default(['**/*'])
    .describe('where forbidden-signatures, required-imports and duplicates apply (default everywhere)'),
  exclude: paths
    .default([])
    .describe('files these rules skip for this concern, e.g. test scripts, backups or other protocols'),
  'forbidden-signatures': z
    .array(z.string().min(1))
    .default([])
    .describe('plain text or /regex/ that must not appear outside canonical files'),
  'required-imports': z
    .array(
      z.strictObject({
        files: paths.min(1).describe('each of these files...'),
        import: paths.min(1).describe('...must import one of these'),
      }),
    )
    .default([]),
  duplicates: z.boolean().default(false).describe('report near-copies of canonical logic elsewhere'),
  'duplicate-min-tokens': z
    .number()
    .int()
    .min(20)
    .default(60)
    .describe('shortest run of matching normalised tokens reported as a near-copy'),
})

/** Phases 2 and 3 of the launch plan: one implementation per concern. */
export const consolidationSchema = z.strictObject({
  include: paths.default(['**/*']),
  exclude: paths.default([]),
  baseline: z
    .string()
    .default('.github/launchgate-baseline.json')
    .describe('known violations accepted for now; new ones fail'),
  cache: z
    .string()
    .optional()
    .describe(
      'parse cache folder relative to the root (default node_modules/.cache/launchgate or .launchgate/cache)',
    ),
  'max-file-bytes': z
    .number()
    .int()
    .positive()
    .default(1_000_000)
    .describe('larger files (generated bundles) are skipped, not parsed'),
  concerns: z.array(concernSchema).default([]),
})

/** The validated `consolidation` section. */
export type ConsolidationConfig = z.output<typeof consolidationSchema>
/** One validated concern. */
export type ConcernConfig = z.output<typeof concernSchema>

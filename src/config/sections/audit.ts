import { z } from 'zod'

/** `launchgate audit`: the workflow audit's persona and gate (zizmor's personas). */
export const auditSchema = z.strictObject({
  persona: z
    .enum(['regular', 'pedantic', 'auditor'])
    .default('regular')
    .describe(
      'regular: likely problems; pedantic: adds code smells; auditor: adds what needs a human to judge',
    ),
  'fail-on': z
    .enum(['critical', 'high', 'medium', 'low'])
    .default('high')
    .describe('the lowest severity that fails the gate'),
  paths: z
    .array(z.string().min(1))
    .default([
      '.github/workflows/*.{yml,yaml}',
      'action.{yml,yaml}',
      'actions/**/action.{yml,yaml}',
      '.github/actions/**/action.{yml,yaml}',
    ])
    .describe('globs of the workflows and action.yml files to audit, relative to the root'),
})

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
  'forbidden-uses': z
    .strictObject({
      allow: z
        .array(z.string().min(1))
        .optional()
        .describe('only these uses: patterns are allowed (owner/*, owner/repo, owner/repo/path)'),
      deny: z.array(z.string().min(1)).optional().describe('these uses: patterns are refused'),
    })
    .optional()
    .describe("zizmor's forbidden-uses: an allow list or a deny list of actions"),
  paths: z
    .array(z.string().min(1))
    .default([
      '.github/workflows/*.{yml,yaml}',
      'action.{yml,yaml}',
      'actions/**/action.{yml,yaml}',
      '.github/actions/**/action.{yml,yaml}',
      '.github/dependabot.{yml,yaml}',
    ])
    .describe('globs of the workflows, action.yml and dependabot.yml files to audit, relative to the root'),
})

import { z } from 'zod'

/**
 * "No UI regressions": named pages screenshotted on a baseline (production, or the base build)
 * and on the URL under test, then diffed. A difference over the threshold is a HIGH finding for
 * a person to look at, never a silent pass.
 */
const visualPage = z.strictObject({
  name: z.string().min(1),
  path: z.string().startsWith('/').describe('the page, on both URLs'),
  'wait-for': z.string().min(1).optional().describe('a selector visible on both before the screenshot'),
  mask: z
    .array(z.string().min(1))
    .default([])
    .describe('selectors of dynamic regions (clocks, avatars, chat logs), painted over on both sides'),
  'full-page': z.boolean().default(false).describe('the whole scrollable page instead of the viewport'),
})

export const visualSchema = z.strictObject({
  'baseline-url': z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'what the pages are compared against (production); `launchgate smoke --baseline-url` overrides it',
    ),
  pages: z.array(visualPage).default([]),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .default(0.001)
    .describe('share of differing pixels a page may have (0.001 = 0.1 %) before it is a finding'),
  'pixel-threshold': z
    .number()
    .min(0)
    .max(1)
    .default(0.1)
    .describe('how different two pixels must be to count (pixelmatch; smaller is more sensitive)'),
  viewport: z
    .strictObject({ width: z.number().int().positive(), height: z.number().int().positive() })
    .default({ width: 1280, height: 800 }),
  'timeout-ms': z.number().positive().default(30_000).describe('per page and side'),
})

export type VisualConfig = z.output<typeof visualSchema>
export type VisualPage = z.output<typeof visualPage>

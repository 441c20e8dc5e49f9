import { z } from 'zod'
import { visualSchema } from './deploy-visual.js'

/**
 * The `browser` smoke test: a page loaded by a real Chromium as a user's browser would, with
 * what must be true of it and the steps a user would take. Kept apart from `deploy.ts` because it
 * is the one kind with a vocabulary of its own (steps, allow-lists, screenshots).
 */

const selector = z.string().min(1).describe('a CSS selector (Playwright selectors such as text=... work too)')

/** One thing a user does; each step is a one-key object, in the order the user does them. */
export const browserStepSchema = z.union(
  [
    z.strictObject({
      type: z
        .strictObject({ selector, text: z.string() })
        .describe('fill the field at selector with text, as typing would'),
    }),
    z.strictObject({
      press: z
        .union([z.string().min(1), z.strictObject({ selector: selector.optional(), key: z.string().min(1) })])
        .describe('a key (Enter, Tab, Control+A...), into the focused element or the one at selector'),
    }),
    z.strictObject({ click: selector.describe('click the element at this selector') }),
    z.strictObject({ 'wait-for': selector.describe('wait until the element at this selector is visible') }),
    z.strictObject({ 'wait-for-text': z.string().min(1).describe('wait until this text is visible') }),
  ],
  {
    error:
      'a step is one of type: {selector, text}, press: <key>, click: <selector>, wait-for: <selector>, wait-for-text: <text>',
  },
)

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])

/** The browser smoke test's own keys. */
export const browserTestSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.literal('browser'),
  path: z
    .union([z.url({ protocol: /^https?$/ }), z.string().startsWith('/')])
    .describe('the page to load: a path (against smoke.base-url) or a URL'),
  'timeout-ms': z
    .number()
    .positive()
    .default(30_000)
    .describe('budget of the whole test: load, steps and every wait'),
  'expect-selector': selector.optional().describe('must be visible within the timeout'),
  'expect-text': oneOrMany
    .optional()
    .describe('text(s) that must be visible on the page at the end (after the steps)'),
  'expect-websocket': z
    .string()
    .startsWith('/')
    .optional()
    .describe('the page must open a WebSocket to this path (any host) and it must not fail'),
  steps: z.array(browserStepSchema).default([]).describe('what a user does after the page loaded'),
  'allow-console-errors': z
    .array(z.string().min(1))
    .default([])
    .describe('console.error messages containing one of these texts are accepted'),
  'allow-failed-requests': z
    .array(z.string().min(1))
    .default([])
    .describe('failed same-origin requests whose URL contains one of these texts are accepted'),
  'settle-ms': z
    .number()
    .nonnegative()
    .default(300)
    .describe('quiet time after the last step, for errors thrown a moment after load'),
  viewport: z
    .strictObject({ width: z.number().int().positive(), height: z.number().int().positive() })
    .default({ width: 1280, height: 800 }),
  screenshot: z.boolean().default(true).describe('save the final state as <artifacts-dir>/<name>.png'),
  required: z
    .boolean()
    .default(false)
    .describe('fail (instead of a loud "not run") when no browser is found on the machine'),
})

/** The smoke-level keys the browser tests read. */
export const browserSmokeKeys = {
  browser: z
    .string()
    .min(1)
    .optional()
    .describe(
      'path of Chrome or Chromium; default: LAUNCHGATE_BROWSER, then google-chrome, chromium, chromium-browser on PATH',
    ),
  'artifacts-dir': z
    .string()
    .min(1)
    .default('.launchgate/smoke')
    .describe('where screenshots are saved (upload it as the run artifact)'),
  visual: visualSchema.optional().describe('the UI comparison of named pages against a baseline URL'),
}

export type BrowserTestConfig = z.output<typeof browserTestSchema>
export type BrowserStep = z.output<typeof browserStepSchema>

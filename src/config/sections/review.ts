import { z } from 'zod'

/** The plan's seven specialised reviewers. */
export const REVIEW_AGENTS = [
  'code-reviewer',
  'security-auditor',
  'performance-optimizer',
  'database-architect',
  'testing-automation-expert',
  'devops-engineer',
  'react-frontend-specialist',
] as const

/** An environment variable's name, never its value: keys stay in the environment (secrets). */
const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of an environment variable, e.g. OPENAI_API_KEY')

/** How the optional LLM pass talks to its provider. Every key has a default. */
export const reviewLlmSchema = z.strictObject({
  'base-url': z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'API base URL: an OpenAI-compatible server (vLLM, Ollama, LiteLLM, Azure gateway) or an Anthropic proxy; the official endpoint when absent',
    ),
  'api-key-env': envName
    .optional()
    .describe('environment variable holding the API key; ANTHROPIC_API_KEY or OPENAI_API_KEY by default'),
  'token-budget': z
    .number()
    .int()
    .min(500)
    .default(12_000)
    .describe('most tokens of diff sent in one request; larger changes are split into several requests'),
  'max-requests': z
    .number()
    .int()
    .positive()
    .default(8)
    .describe('most requests per agent; what does not fit is reviewed by the analyzers only (with a notice)'),
  'max-output-tokens': z.number().int().positive().default(4096).describe('answer size limit per request'),
  'timeout-seconds': z.number().positive().default(120).describe('per request, retries not included'),
  'max-retries': z
    .number()
    .int()
    .min(0)
    .max(10)
    .default(3)
    .describe(
      "retries of a rate-limited (429, honouring retry-after), failed (5xx) or timed-out request, by the provider's SDK",
    ),
  'min-confidence': z
    .number()
    .min(0)
    .max(1)
    .default(0.6)
    .describe('LLM findings the model is less sure of than this are dropped'),
})

/** Phase 5 of the launch plan: seven reviewers, one gate. */
/** Generated or vendored paths the review leaves out unless told otherwise (init adds to them). */
export const REVIEW_DEFAULT_EXCLUDES: readonly string[] = [
  'dist/**',
  'build/**',
  '**/node_modules/**',
  '**/vendor/**',
  '**/*.min.js',
  '**/package-lock.json',
]

export const reviewSchema = z.strictObject({
  agents: z.array(z.enum(REVIEW_AGENTS)).default([...REVIEW_AGENTS]),
  provider: z
    .enum(['offline', 'anthropic', 'openai'])
    .default('offline')
    .describe(
      'the LLM pass after the analyzers; `openai` also means any OpenAI-compatible server (llm.base-url)',
    ),
  model: z
    .string()
    .min(1)
    .optional()
    .describe('model of the LLM pass; claude-sonnet-5-5 (anthropic) or gpt-5.4-mini (openai) by default'),
  llm: reviewLlmSchema.default(reviewLlmSchema.parse({})),
  'min-score': z.number().min(0).max(10).default(8).describe('each area must score above this'),
  waivers: z.string().default('.github/launchgate-waivers.yml').describe('documented HIGH findings'),
  exclude: z
    .array(z.string().min(1))
    .default([...REVIEW_DEFAULT_EXCLUDES])
    .describe('generated or vendored paths left out of the review (globs relative to the root)'),
  coverage: z
    .string()
    .default('coverage/lcov.info')
    .describe(
      'lcov report of the test run, relative to the root; changed-line coverage is checked when it exists',
    ),
})

/** The LLM settings with defaults filled in. */
export type ReviewLlmConfig = z.output<typeof reviewLlmSchema>

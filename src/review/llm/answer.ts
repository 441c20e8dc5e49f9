/**
 * What the model must answer: a list of findings in the one findings schema's terms, minus what
 * launchgate computes itself (agent, fingerprint, evidence). The same zod schema validates the
 * answer and, loosened to what strict structured-output modes accept, is sent as its JSON Schema.
 */
import { z } from 'zod'
import { REVIEW_SEVERITIES } from '../findings.js'

/** At most this many findings per answer: more is noise, and a runaway answer is cut here. */
export const MAX_ANSWER_FINDINGS = 25

export const llmFindingSchema = z.strictObject({
  file: z.string().min(1).describe('path of the changed file, exactly as in the fence label'),
  line: z.number().int().positive().describe('line number at head, as numbered in the excerpt'),
  endLine: z.number().int().positive().nullable().describe('last line of a multi-line finding, or null'),
  quote: z.string().max(300).describe('the offending line copied verbatim from the excerpt'),
  severity: z.enum(REVIEW_SEVERITIES),
  rule: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case')
    .max(48)
    .describe('short kebab-case rule id, e.g. missing-null-check'),
  title: z.string().min(1).max(120),
  message: z.string().min(1).max(600).describe('what is wrong and why it matters'),
  confidence: z.number().min(0).max(1),
  suggestedFix: z.string().max(400).nullable(),
})

export const llmAnswerSchema = z.strictObject({
  findings: z.array(llmFindingSchema).max(MAX_ANSWER_FINDINGS),
})

export type LlmFinding = z.output<typeof llmFindingSchema>
export type LlmAnswer = z.output<typeof llmAnswerSchema>

// Keywords OpenAI's strict mode and some compatible servers reject; zod checks them after parsing.
const UNSUPPORTED = new Set([
  '$schema',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
])

function loosen(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(loosen)
  if (node === null || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !UNSUPPORTED.has(key))
      .map(([key, value]) => [key, loosen(value)]),
  )
}

/** The JSON Schema sent to the provider: every property required, no extra ones, nulls for "none". */
export const ANSWER_JSON_SCHEMA = loosen(z.toJSONSchema(llmAnswerSchema)) as Record<string, unknown>

/** The parsed answer, or why it is not one (shown to the model in the repair request). */
export type ParsedAnswer = { ok: true; answer: LlmAnswer } | { ok: false; problem: string }

/** Parses and validates the model's JSON text. */
export function parseAnswer(text: string): ParsedAnswer {
  let json: unknown
  try {
    json = JSON.parse(stripCodeFence(text))
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${oneLine((error as Error).message)})` }
  }
  const result = llmAnswerSchema.safeParse(json)
  if (result.success) return { ok: true, answer: result.data }
  return {
    ok: false,
    problem: `does not match the schema: ${oneLine(z.prettifyError(result.error)).slice(0, 800)}`,
  }
}

/** Problems are quoted in one-line notices and in the repair request. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

/** Some compatible servers wrap JSON in a markdown code block despite the response format. */
function stripCodeFence(text: string): string {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/.exec(text)
  return m?.[1] ?? text
}

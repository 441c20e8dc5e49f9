/**
 * The replay file: a deploy, a clock and recorded samples, judged offline for post-mortems and for
 * tuning thresholds. Validated with zod; every problem names the sample index and its line.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { z } from 'zod'
import { firstTooDeep, MAX_NESTING } from '../config/nesting.js'
import { ConfigurationError, type SourcePosition } from '../errors.js'
import { SAMPLE_SOURCES, type Sample, type SampleSource } from './samples.js'
import type { Thresholds } from './thresholds.js'
import { formatPosition, lineColumn } from '../util/positions.js'

const instant = z.iso.datetime({ offset: true }).transform((text) => Date.parse(text))
const count = z.number().int().nonnegative()
const share = z.number().min(0).max(1)
const positive = z.number().positive()
const wholeCount = z.number().int().positive()

const thresholdsSchema = z
  .strictObject({
    errorRate: share,
    websocketFailureRate: share,
    p95Ms: positive,
    minRequests: wholeCount,
    minWebsocketAttempts: wholeCount,
    healthProbes: wholeCount,
    consecutiveBuckets: wholeCount,
    confidence: z.number().gt(0.5).lt(1),
  })
  .partial()

const bucket = { at: instant, end: instant.optional(), complete: z.boolean().optional() }

// Extra fields are welcome in samples (the issue's shape is a floor), so objects are not strict.
const sampleSchemas = {
  http: z
    .object({
      signal: z.literal('http'),
      ...bucket,
      requests: count,
      errors: count,
      p95Ms: positive.optional(),
    })
    .refine((s) => s.errors <= s.requests, { message: 'errors must not exceed requests', path: ['errors'] }),
  websocket: z
    .object({ signal: z.literal('websocket'), ...bucket, attempts: count, failures: count })
    .refine((s) => s.failures <= s.attempts, {
      message: 'failures must not exceed attempts',
      path: ['failures'],
    }),
  health: z.object({
    signal: z.literal('health'),
    at: instant,
    ok: z.boolean(),
    status: z.number().int().optional(),
    latencyMs: z.number().nonnegative().optional(),
    checks: z.record(z.string(), z.enum(['pass', 'fail', 'warn'])).optional(),
  }),
  'security-alert': z.object({
    signal: z.literal('security-alert'),
    at: instant,
    // GitHub's advisory database and npm say `moderate` where code scanning says `medium`.
    severity: z.preprocess(
      (v) => (typeof v === 'string' ? (v.toLowerCase() === 'moderate' ? 'medium' : v.toLowerCase()) : v),
      z.enum(['critical', 'high', 'medium', 'low']),
    ),
    summary: z.string(),
    url: z.string().optional(),
  }),
} satisfies Record<SampleSource, z.ZodType>

/** A recorded failure to read a source: `{"at", "signal", "error": {"status": 429, "message": "..."}}`. */
const failureSchema = z.object({
  signal: z.enum(SAMPLE_SOURCES as [SampleSource, ...SampleSource[]]),
  at: instant,
  error: z.object({ status: z.number().int().optional(), message: z.string() }),
})

const fileSchema = z.object({
  deployment: z.looseObject({ sha: z.string().min(1), deployedAt: instant }),
  now: instant.optional(),
  thresholds: thresholdsSchema.optional(),
  sources: z.array(z.enum(SAMPLE_SOURCES as [SampleSource, ...SampleSource[]])).optional(),
  samples: z.array(z.unknown()),
})

/** A validated replay file, times in epoch milliseconds. */
export interface Replay {
  deployment: { sha: string; deployedAt: number } & Record<string, unknown>
  /** The clock of the judged run; defaults to the newest sample. */
  now: number
  thresholds?: Partial<Thresholds>
  sources?: SampleSource[]
  samples: Sample[]
}

/** One problem of a replay file, at a JSON path. */
export interface ReplayProblem {
  path: Array<string | number>
  message: string
  position: SourcePosition
}

/** A replay file that cannot be judged; lists every problem, the first as its position. */
export class ReplayFileError extends ConfigurationError {
  override readonly name: string = 'ReplayFileError'
  readonly problems: ReplayProblem[]
  constructor(problems: ReplayProblem[]) {
    const lines = problems.map((p) => `${formatPosition(p.position)}: ${label(p.path)}${p.message}`)
    super(lines.length === 1 ? lines[0]! : `invalid replay file:\n  ${lines.join('\n  ')}`, {
      key: problems[0]?.path.join('.'),
    })
    this.problems = problems
  }
}

/** `samples[3].errors: ` for a path, so the index leads every sample problem. */
function label(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return ''
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
  return `${text}: `
}

function positionOf(text: string, root: Node, file: string, path: Array<string | number>): SourcePosition {
  // The deepest node that exists: a missing key points at the object that lacks it.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth))
    if (node) return { file, ...lineColumn(text, node.offset) }
  }
  return { file }
}

function problemsOf(
  issues: readonly z.core.$ZodIssue[],
  prefix: Array<string | number>,
): Array<Omit<ReplayProblem, 'position'>> {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message.replace(/^Invalid input: /, ''),
  }))
}

/** Validates one sample: its `signal` picks the schema, so a problem says which kind it expected. */
function parseSample(
  raw: unknown,
  index: number,
): { sample?: Sample; problems: Array<Omit<ReplayProblem, 'position'>> } {
  const at: Array<string | number> = ['samples', index]
  const signal = (raw as { signal?: unknown } | null)?.signal
  if (typeof raw !== 'object' || raw === null || !SAMPLE_SOURCES.includes(signal as SampleSource)) {
    return {
      problems: [
        {
          path: [...at, 'signal'],
          message: `expected one of ${SAMPLE_SOURCES.join(', ')}, got ${JSON.stringify(signal)}`,
        },
      ],
    }
  }
  const schema = 'error' in raw ? failureSchema : sampleSchemas[signal as SampleSource]
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { problems: problemsOf(parsed.error.issues, at) }
  return { sample: parsed.data as Sample, problems: [] }
}

/**
 * Parses and validates a replay file.
 * @param text the file's content
 * @param file the name used in messages
 * @throws ReplayFileError naming the sample index, the field, the line and the expectation
 */
export function parseReplay(text: string, file: string): Replay {
  const deep = firstTooDeep(text)
  if (deep !== undefined) {
    const position = { file, ...lineColumn(text, deep) }
    const message = `nested more than ${MAX_NESTING} levels deep; a replay file is never that deep`
    throw new ReplayFileError([{ path: [], message, position }])
  }
  const syntax: ParseError[] = []
  const root = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: true })
  if (syntax.length > 0 || root === undefined) {
    const first = syntax[0]
    const position = { file, ...lineColumn(text, first?.offset ?? 0) }
    const code = first ? printParseErrorCode(first.error) : 'empty file'
    throw new ReplayFileError([{ path: [], message: `invalid JSON (${code})`, position }])
  }
  const data: unknown = JSON.parse(text)
  const top = fileSchema.safeParse(data)
  const found = top.success ? [] : problemsOf(top.error.issues, [])
  const samples: Sample[] = []
  if (top.success) {
    top.data.samples.forEach((raw, index) => {
      const { sample, problems } = parseSample(raw, index)
      if (sample) samples.push(sample)
      found.push(...problems)
    })
  }
  if (found.length > 0 || !top.success) {
    throw new ReplayFileError(found.map((p) => ({ ...p, position: positionOf(text, root, file, p.path) })))
  }
  const { deployment, thresholds, sources } = top.data
  const newest = samples.reduce((max, s) => Math.max(max, s.at), deployment.deployedAt)
  return { deployment, now: top.data.now ?? newest, thresholds, sources, samples }
}

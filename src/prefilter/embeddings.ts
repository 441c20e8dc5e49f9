/**
 * The optional embeddings provider: any OpenAI-compatible `POST /v1/embeddings` (OpenAI, Azure,
 * vLLM, llama.cpp, Ollama, LiteLLM...). A port, so the prefilter's semantic step never knows which
 * server answers, and one adapter over the shared HTTP client (timeouts, 429/5xx retried with
 * backoff, credentials never in a message).
 */
import { createHttpClient, httpCall, type HttpLog } from '../http/client.js'
import { redact } from '../http/redact.js'

/** Turns texts into vectors, one per text, in order. */
export interface EmbeddingsProvider {
  /** Names the model in cache keys and warnings (a different model gives other vectors). */
  readonly model: string
  embed(texts: readonly string[]): Promise<number[][]>
}

/** Raised when a provider's answer is not the shape the API promises. */
export class EmbeddingsResponseError extends Error {
  override readonly name: string = 'EmbeddingsResponseError'
}

/** Options of {@link openAiEmbeddings}. */
export interface OpenAiEmbeddingsOptions {
  /** Base URL up to and including `/v1`, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`. */
  url: string
  model: string
  /** The key itself (read by the caller from the env var the config names); none for local servers. */
  apiKey?: string
  /** Budget of each attempt; 10 s by default. */
  timeoutMs?: number
  /** Retries after the first attempt on 429, 5xx and connection errors; 2 by default. */
  retries?: number
  /** First backoff step, doubled per retry; 500 ms by default. */
  retryBaseMs?: number
  /** Texts per request; 64 by default (providers cap a request's inputs). */
  batchSize?: number
  log?: HttpLog
}

interface EmbeddingsResponse {
  data?: Array<{ embedding?: unknown; index?: unknown }>
}

/** The vectors of one response, put back in input order by `index`. */
export function vectorsOfResponse(body: unknown, count: number): number[][] {
  const data = (body as EmbeddingsResponse | null)?.data
  if (!Array.isArray(data) || data.length !== count)
    throw new EmbeddingsResponseError(
      `expected ${count} embeddings in "data", got ${Array.isArray(data) ? data.length : 'none'}`,
    )
  const out: number[][] = new Array<number[]>(count)
  data.forEach((item, position) => {
    const index = typeof item.index === 'number' ? item.index : position
    const v = item.embedding
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
      throw new EmbeddingsResponseError(`embedding ${index} is not a list of numbers`)
    if (index < 0 || index >= count || out[index]) throw new EmbeddingsResponseError(`bad index ${index}`)
    out[index] = v as number[]
  })
  const dims = out[0]!.length
  if (out.some((v) => v.length !== dims)) throw new EmbeddingsResponseError('embeddings differ in length')
  return out
}

/**
 * An {@link EmbeddingsProvider} over an OpenAI-compatible `/embeddings` route.
 * @example
 * const provider = openAiEmbeddings({ url: 'https://api.openai.com/v1', model: 'text-embedding-3-small',
 *   apiKey: process.env.OPENAI_API_KEY })
 */
export function openAiEmbeddings(options: OpenAiEmbeddingsOptions): EmbeddingsProvider {
  const http = createHttpClient({
    service: 'Embeddings',
    baseURL: options.url.replace(/\/+$/, ''),
    headers: {
      'content-type': 'application/json',
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    retryBaseMs: options.retryBaseMs ?? 500,
    ...(options.log ? { log: options.log } : {}),
  })
  const batchSize = Math.max(1, options.batchSize ?? 64)
  return {
    model: options.model,
    async embed(texts) {
      const out: number[][] = []
      for (let start = 0; start < texts.length; start += batchSize) {
        const input = texts.slice(start, start + batchSize)
        // An embedding has no side effect: repeating the POST is safe.
        const body = await httpCall('Embeddings', `embed ${input.length} texts with ${options.model}`, () =>
          http.post<unknown>('/embeddings', { model: options.model, input }, { retryable: true }),
        ).catch((error: unknown) => {
          // A server may echo the key back in its error body; it must not reach a log.
          if (error instanceof Error && options.apiKey)
            error.message = redact(error.message, [options.apiKey])
          throw error
        })
        out.push(...vectorsOfResponse(body, input.length))
      }
      return out
    },
  }
}

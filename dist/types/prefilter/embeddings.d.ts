/**
 * The optional embeddings provider: any OpenAI-compatible `POST /v1/embeddings` (OpenAI, Azure,
 * vLLM, llama.cpp, Ollama, LiteLLM...). A port, so the prefilter's semantic step never knows which
 * server answers, and one adapter over the shared HTTP client (timeouts, 429/5xx retried with
 * backoff, credentials never in a message).
 */
import { type HttpLog } from '../http/client.js';
/** Turns texts into vectors, one per text, in order. */
export interface EmbeddingsProvider {
    /** Names the model in cache keys and warnings (a different model gives other vectors). */
    readonly model: string;
    embed(texts: readonly string[]): Promise<number[][]>;
}
/** Raised when a provider's answer is not the shape the API promises. */
export declare class EmbeddingsResponseError extends Error {
    readonly name: string;
}
/** Options of {@link openAiEmbeddings}. */
export interface OpenAiEmbeddingsOptions {
    /** Base URL up to and including `/v1`, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`. */
    url: string;
    model: string;
    /** The key itself (read by the caller from the env var the config names); none for local servers. */
    apiKey?: string;
    /** Budget of each attempt; 10 s by default. */
    timeoutMs?: number;
    /** Retries after the first attempt on 429, 5xx and connection errors; 2 by default. */
    retries?: number;
    /** First backoff step, doubled per retry; 500 ms by default. */
    retryBaseMs?: number;
    /** Texts per request; 64 by default (providers cap a request's inputs). */
    batchSize?: number;
    log?: HttpLog;
}
/** The vectors of one response, put back in input order by `index`. */
export declare function vectorsOfResponse(body: unknown, count: number): number[][];
/**
 * An {@link EmbeddingsProvider} over an OpenAI-compatible `/embeddings` route.
 * @example
 * const provider = openAiEmbeddings({ url: 'https://api.openai.com/v1', model: 'text-embedding-3-small',
 *   apiKey: process.env.OPENAI_API_KEY })
 */
export declare function openAiEmbeddings(options: OpenAiEmbeddingsOptions): EmbeddingsProvider;

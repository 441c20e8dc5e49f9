/**
 * A local LLM server for tests: OpenAI's Chat Completions and Anthropic's Messages routes on
 * 127.0.0.1, playing back recorded responses. Point the SDKs at `openaiBaseUrl` or
 * `anthropicBaseUrl`; script replies with `server.reply(route, ...)`.
 */
export { LlmServer, startLlmServer, type LlmRequest, type LlmRoute } from './server.js'
export * from './replies.js'

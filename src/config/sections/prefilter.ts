import { z } from 'zod'

const share = z.number().min(0).max(1)
const names = z.array(z.string().min(1))

/** Phase 4 of the launch plan: send only the tools a message needs. */
export const prefilterSchema = z.strictObject({
  tools: z.string().optional().describe('JSON file with the tool registry (OpenAI, Anthropic or MCP format)'),
  cases: z.string().optional().describe('JSON Lines file of labelled messages for the benchmark'),
  associations: z
    .string()
    .optional()
    .describe('association file written by `launchgate prefilter learn` (learned aliases and companions)'),
  'core-tools': z
    .array(z.string().min(1))
    .default(['get_time', 'get_location'])
    .describe('never filtered out'),
  'min-token-reduction': share.default(0.8).describe('gate: mean token reduction (plan: 80%+)'),
  'target-token-reduction': share.default(0.87).describe('the plan aims at 87%; reported, not gated'),
  'min-completeness': share.default(0.98).describe('gate: share of cases whose needed tools were all kept'),
  'max-tools': z.number().int().positive().optional().describe('budget in tools per request'),
  'max-tokens': z.number().int().positive().optional().describe('budget in tokens per request'),
  categories: z
    .record(z.string(), names)
    .optional()
    .describe('category name -> its tools; a message or page about the category favours them'),
  pages: z
    .record(z.string(), names)
    .optional()
    .describe('page or domain (e.g. /trips) -> the categories or tools it shows'),
  aliases: z
    .record(z.string(), names)
    .optional()
    .describe('tool -> extra words users say for it (e.g. get_fuel_prices: [gas, diesel])'),
  synonyms: z
    .array(names)
    .optional()
    .describe('groups of words that mean the same, added to the built-in ones'),
  companions: z
    .record(z.string(), names)
    .optional()
    .describe('tool -> tools usually called after it (kept when it was used recently)'),
  'recent-limit': z
    .number()
    .int()
    .min(0)
    .default(3)
    .describe('how many of the most recently used tools are always kept'),
  embeddings: z
    .strictObject({
      url: z
        .url({ protocol: /^https?$/ })
        .describe('base URL of an OpenAI-compatible API, up to /v1 (POST {url}/embeddings)'),
      model: z.string().min(1).describe('embedding model, e.g. text-embedding-3-small'),
      'api-key-env': z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')
        .optional()
        .describe('environment variable holding the API key (never the key itself); none for local servers'),
      'timeout-ms': z.number().int().positive().default(5000).describe('budget of each request'),
      retries: z
        .number()
        .int()
        .min(0)
        .max(5)
        .default(2)
        .describe('retries on 429, 5xx and connection errors'),
    })
    .optional()
    .describe('optional embeddings provider that extends the offline filter; offline when it fails'),
  serialisation: z
    .enum(['auto', 'json', 'openai-functions'])
    .default('auto')
    .describe("what is counted: the definition's JSON, or OpenAI's function rendering (auto: by format)"),
})

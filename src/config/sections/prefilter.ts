import { z } from 'zod'

const share = z.number().min(0).max(1)

/** Phase 4 of the launch plan: send only the tools a message needs. */
export const prefilterSchema = z.strictObject({
  tools: z.string().optional().describe('JSON file with the tool registry (OpenAI, Anthropic or MCP format)'),
  cases: z.string().optional().describe('JSON Lines file of labelled messages for the benchmark'),
  'core-tools': z
    .array(z.string().min(1))
    .default(['get_time', 'get_location'])
    .describe('never filtered out'),
  'min-token-reduction': share.default(0.8).describe('gate: mean token reduction (plan: 80%+)'),
  'target-token-reduction': share.default(0.87).describe('the plan aims at 87%; reported, not gated'),
  'min-completeness': share.default(0.98).describe('gate: share of cases whose needed tools were all kept'),
  'max-tools': z.number().int().positive().optional().describe('budget in tools per request'),
  'max-tokens': z.number().int().positive().optional().describe('budget in tokens per request'),
})

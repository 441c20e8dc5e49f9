import { z } from 'zod'

const share = z.number().min(0).max(1)

/** Phase 7 of the launch plan: watch after a deploy and roll back when a trigger fires. */
export const monitorSchema = z.strictObject({
  environment: z.string().default('production'),
  'window-hours': z.number().positive().default(4).describe('stop watching after this'),
  thresholds: z
    .strictObject({
      'error-rate': share.default(0.05),
      'websocket-failure-rate': share.default(0.1),
      'p95-ms': z.number().positive().default(5000),
    })
    .default({ 'error-rate': 0.05, 'websocket-failure-rate': 0.1, 'p95-ms': 5000 }),
  'dry-run': z.boolean().default(false),
})

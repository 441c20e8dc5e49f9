/** The simulated situations, each a population of windows with its own traffic, operations and fault. */
import type { Operations, Scenario } from './world.js'

/** Sources answer, GitHub runs every wake-up, only a little late. */
export const NOMINAL: Operations = {
  apiErrorRate: 0,
  missingBucketRate: 0,
  gapRate: 0,
  skipRate: 0,
  maxDelayMin: 3,
}

/** What goes wrong with real sources and schedulers, at rates worse than a usual day. */
export const DEGRADED: Operations = {
  apiErrorRate: 0.1,
  missingBucketRate: 0.1,
  gapRate: 0.03,
  skipRate: 0.1,
  maxDelayMin: 3,
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'healthy-noisy',
    label: 'healthy, noisy metrics (30% low-traffic windows)',
    lowTrafficShare: 0.3,
    ops: NOMINAL,
  },
  {
    id: 'healthy-data',
    label: 'healthy, data problems (API errors, 429s, gaps, missing buckets, skipped runs)',
    lowTrafficShare: 0.3,
    ops: DEGRADED,
  },
  {
    id: 'error-rate-2x',
    label: 'error rate 10% (2x) from the deploy',
    lowTrafficShare: 0,
    ops: NOMINAL,
    fault: { kind: 'error-rate', onset: 'deploy' },
  },
  {
    id: 'websocket-2x',
    label: 'WebSocket failures 20% (2x) from the deploy',
    lowTrafficShare: 0,
    ops: NOMINAL,
    fault: { kind: 'websocket', onset: 'deploy' },
  },
  {
    id: 'p95-2x',
    label: 'P95 10 s (2x) from the deploy',
    lowTrafficShare: 0,
    ops: NOMINAL,
    fault: { kind: 'p95', onset: 'deploy' },
  },
  {
    id: 'error-rate-2x-late',
    label: 'error rate 10% (2x) from a random time in the window',
    lowTrafficShare: 0,
    ops: NOMINAL,
    fault: { kind: 'error-rate', onset: 'random' },
  },
  {
    id: 'error-rate-2x-degraded',
    label: 'error rate 10% (2x) from the deploy, with data problems',
    lowTrafficShare: 0,
    ops: DEGRADED,
    fault: { kind: 'error-rate', onset: 'deploy' },
  },
  {
    id: 'health-down',
    label: 'health endpoint down (97% of probes fail), random time',
    lowTrafficShare: 0.3,
    ops: NOMINAL,
    fault: { kind: 'health', onset: 'random' },
  },
  {
    id: 'database-down',
    label: 'database check failing (97% of probes), random time',
    lowTrafficShare: 0.3,
    ops: NOMINAL,
    fault: { kind: 'database', onset: 'random' },
  },
  {
    id: 'security',
    label: 'critical security alert opened, random time',
    lowTrafficShare: 0.3,
    ops: NOMINAL,
    fault: { kind: 'security', onset: 'random' },
  },
]

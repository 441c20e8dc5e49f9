/**
 * The q-quantile (0..1) by the nearest-rank method: the smallest sample at or above a share q of
 * them. With few samples it is the largest, the honest answer for a budget check. Undefined for
 * no samples, so a caller says what "no data" means.
 */
export function nearestRank(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

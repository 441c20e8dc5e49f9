/**
 * The Wilson score interval of a binomial share. A raw ratio says 1 failure in 3 requests is 33%;
 * the Wilson lower bound says the true rate could well be 2%, which is the point: a rollback
 * needs the rate to be above the threshold with confidence, not just to look above it.
 */
import { probit } from 'simple-statistics'

/** Lower and upper bound of a share, each one-sided at the given confidence. */
export interface ShareBounds {
  lower: number
  upper: number
}

/**
 * One-sided Wilson bounds of `failures / trials`.
 * @param failures events counted (errors, failed connections)
 * @param trials all attempts; 0 gives the uninformative [0, 1]
 * @param confidence one-sided confidence, e.g. 0.95 (z ≈ 1.645)
 * @returns bounds within [0, 1]
 */
export function wilsonBounds(failures: number, trials: number, confidence: number): ShareBounds {
  if (trials <= 0) return { lower: 0, upper: 1 }
  // simple-statistics' probit is accurate to about 0.1% of z, far below the noise of a 5-minute bucket.
  const z = probit(confidence)
  const p = failures / trials
  const z2n = (z * z) / trials
  const centre = p + z2n / 2
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))
  const denominator = 1 + z2n
  return {
    lower: Math.max(0, (centre - spread) / denominator),
    upper: Math.min(1, (centre + spread) / denominator),
  }
}

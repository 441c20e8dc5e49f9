/** A share as a percentage with one decimal, as reports print it: 0.8734 -> `87.3%`. */
export const pct = (share: number): string => `${(share * 100).toFixed(1)}%`

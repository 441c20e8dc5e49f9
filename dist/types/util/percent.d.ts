/** A share as a percentage with one decimal, as reports print it: 0.8734 -> `87.3%`. */
export declare const pct: (share: number) => string;

/** Hit counts of instrumented lines per file, paths relative to the repository root. */
export type LcovReport = Map<string, Map<number, number>>;
/** Parses a tracefile; `SF:` paths are made relative to `root` with forward slashes. */
export declare function parseLcov(text: string, root: string): LcovReport;

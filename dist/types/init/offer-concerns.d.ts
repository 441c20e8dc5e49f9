import type { ReportSection } from '../report/types.js';
/**
 * Adds the proposed concerns to the rendered config as comments under `concerns: []`; returns the
 * report section naming them, or undefined when discovery proposes nothing.
 */
export declare function offerDiscoveredConcerns(root: string, files: Record<string, string>, exclude?: string[]): Promise<ReportSection | undefined>;

import { z } from 'zod';
import type { ReviewFinding } from './findings.js';
export declare const waiverSchema: z.ZodObject<{
    fingerprint: z.ZodString;
    reason: z.ZodString;
    expires: z.ZodISODate;
}, z.core.$strict>;
export declare const waiverFileSchema: z.ZodObject<{
    waivers: z.ZodDefault<z.ZodArray<z.ZodObject<{
        fingerprint: z.ZodString;
        reason: z.ZodString;
        expires: z.ZodISODate;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type Waiver = z.output<typeof waiverSchema>;
/** Parses a waivers file; a mistake is a ConfigurationError at its line and column. */
export declare function parseWaivers(text: string, file: string): Waiver[];
/** A finding with the waiver that accepts it. */
export interface WaivedFinding {
    finding: ReviewFinding;
    waiver: Waiver;
}
/** What the waivers did to a run's findings. */
export interface WaiverOutcome {
    /** Findings that still count. */
    open: ReviewFinding[];
    waived: WaivedFinding[];
    /** Waivers that matched a finding but have expired, so the finding counts. */
    expired: Waiver[];
    /** Waivers that matched a CRITICAL, which cannot be waived. */
    refused: Waiver[];
}
/**
 * Applies waivers as of `today` (`YYYY-MM-DD`, passed in so the decision stays pure). A waiver is
 * valid through its expiry date.
 */
export declare function applyWaivers(findings: readonly ReviewFinding[], waivers: readonly Waiver[], today: string): WaiverOutcome;

import { z } from 'zod';
/**
 * "No UI regressions": named pages screenshotted on a baseline (production, or the base build)
 * and on the URL under test, then diffed. A difference over the threshold is a HIGH finding for
 * a person to look at, never a silent pass.
 */
declare const visualPage: z.ZodObject<{
    name: z.ZodString;
    path: z.ZodString;
    'wait-for': z.ZodOptional<z.ZodString>;
    mask: z.ZodDefault<z.ZodArray<z.ZodString>>;
    'full-page': z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const visualSchema: z.ZodObject<{
    'baseline-url': z.ZodOptional<z.ZodURL>;
    pages: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        path: z.ZodString;
        'wait-for': z.ZodOptional<z.ZodString>;
        mask: z.ZodDefault<z.ZodArray<z.ZodString>>;
        'full-page': z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>>;
    threshold: z.ZodDefault<z.ZodNumber>;
    'pixel-threshold': z.ZodDefault<z.ZodNumber>;
    viewport: z.ZodDefault<z.ZodObject<{
        width: z.ZodNumber;
        height: z.ZodNumber;
    }, z.core.$strict>>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type VisualConfig = z.output<typeof visualSchema>;
export type VisualPage = z.output<typeof visualPage>;
export {};

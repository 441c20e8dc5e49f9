import { z } from 'zod';
/** One concern: the files that implement it now, the ones that must disappear, and the rules. */
export declare const concernSchema: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    canonical: z.ZodArray<z.ZodString>;
    deprecated: z.ZodDefault<z.ZodArray<z.ZodString>>;
    include: z.ZodDefault<z.ZodArray<z.ZodString>>;
    exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
    'forbidden-signatures': z.ZodDefault<z.ZodArray<z.ZodString>>;
    'required-imports': z.ZodDefault<z.ZodArray<z.ZodObject<{
        files: z.ZodArray<z.ZodString>;
        import: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>>;
    duplicates: z.ZodDefault<z.ZodBoolean>;
    'duplicate-min-tokens': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
/** Phases 2 and 3 of the launch plan: one implementation per concern. */
export declare const consolidationSchema: z.ZodObject<{
    include: z.ZodDefault<z.ZodArray<z.ZodString>>;
    exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
    baseline: z.ZodDefault<z.ZodString>;
    cache: z.ZodOptional<z.ZodString>;
    'max-file-bytes': z.ZodDefault<z.ZodNumber>;
    concerns: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        canonical: z.ZodArray<z.ZodString>;
        deprecated: z.ZodDefault<z.ZodArray<z.ZodString>>;
        include: z.ZodDefault<z.ZodArray<z.ZodString>>;
        exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
        'forbidden-signatures': z.ZodDefault<z.ZodArray<z.ZodString>>;
        'required-imports': z.ZodDefault<z.ZodArray<z.ZodObject<{
            files: z.ZodArray<z.ZodString>;
            import: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        duplicates: z.ZodDefault<z.ZodBoolean>;
        'duplicate-min-tokens': z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
/** The validated `consolidation` section. */
export type ConsolidationConfig = z.output<typeof consolidationSchema>;
/** One validated concern. */
export type ConcernConfig = z.output<typeof concernSchema>;

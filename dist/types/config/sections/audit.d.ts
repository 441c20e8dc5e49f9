import { z } from 'zod';
/** `launchgate audit`: the workflow audit's persona and gate (zizmor's personas). */
export declare const auditSchema: z.ZodObject<{
    persona: z.ZodDefault<z.ZodEnum<{
        regular: "regular";
        pedantic: "pedantic";
        auditor: "auditor";
    }>>;
    'fail-on': z.ZodDefault<z.ZodEnum<{
        critical: "critical";
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    'forbidden-uses': z.ZodOptional<z.ZodObject<{
        allow: z.ZodOptional<z.ZodArray<z.ZodString>>;
        deny: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    paths: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;

import { z } from 'zod';
/** Phase 4 of the launch plan: send only the tools a message needs. */
export declare const prefilterSchema: z.ZodObject<{
    tools: z.ZodOptional<z.ZodString>;
    cases: z.ZodOptional<z.ZodString>;
    associations: z.ZodOptional<z.ZodString>;
    'core-tools': z.ZodDefault<z.ZodArray<z.ZodString>>;
    'min-token-reduction': z.ZodDefault<z.ZodNumber>;
    'target-token-reduction': z.ZodDefault<z.ZodNumber>;
    'min-completeness': z.ZodDefault<z.ZodNumber>;
    'max-tools': z.ZodOptional<z.ZodNumber>;
    'max-tokens': z.ZodOptional<z.ZodNumber>;
    categories: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    pages: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    aliases: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    synonyms: z.ZodOptional<z.ZodArray<z.ZodArray<z.ZodString>>>;
    companions: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    'recent-limit': z.ZodDefault<z.ZodNumber>;
    embeddings: z.ZodOptional<z.ZodObject<{
        url: z.ZodURL;
        model: z.ZodString;
        'api-key-env': z.ZodOptional<z.ZodString>;
        'timeout-ms': z.ZodDefault<z.ZodNumber>;
        retries: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    serialisation: z.ZodDefault<z.ZodEnum<{
        json: "json";
        auto: "auto";
        "openai-functions": "openai-functions";
    }>>;
}, z.core.$strict>;

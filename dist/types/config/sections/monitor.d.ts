import { z } from 'zod';
/** The plan's schedule: every 5 minutes in hour 1, every 15 in hours 2 to 3, every 30 in hour 4. */
export declare const PLAN_CADENCE: {
    'until-hour': number;
    'every-minutes': number;
}[];
/**
 * Phase 7 of the launch plan: watch after a deploy and roll back when a trigger fires. Keys added
 * after `dry-run` keep older files valid: every one has the plan's default.
 */
export declare const monitorSchema: z.ZodObject<{
    environment: z.ZodDefault<z.ZodString>;
    'window-hours': z.ZodDefault<z.ZodNumber>;
    thresholds: z.ZodDefault<z.ZodObject<{
        'error-rate': z.ZodDefault<z.ZodNumber>;
        'websocket-failure-rate': z.ZodDefault<z.ZodNumber>;
        'p95-ms': z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    'dry-run': z.ZodDefault<z.ZodBoolean>;
    cadence: z.ZodDefault<z.ZodArray<z.ZodObject<{
        'until-hour': z.ZodNumber;
        'every-minutes': z.ZodNumber;
    }, z.core.$strict>>>;
    'min-samples': z.ZodDefault<z.ZodObject<{
        requests: z.ZodDefault<z.ZodNumber>;
        'websocket-attempts': z.ZodDefault<z.ZodNumber>;
        'health-probes': z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    'consecutive-buckets': z.ZodDefault<z.ZodNumber>;
    confidence: z.ZodDefault<z.ZodNumber>;
    'blind-after-runs': z.ZodDefault<z.ZodNumber>;
    'scheduler-minutes': z.ZodDefault<z.ZodNumber>;
    'settle-minutes': z.ZodDefault<z.ZodNumber>;
    sentry: z.ZodOptional<z.ZodObject<{
        url: z.ZodDefault<z.ZodURL>;
        org: z.ZodString;
        project: z.ZodOptional<z.ZodString>;
        environment: z.ZodOptional<z.ZodString>;
        release: z.ZodDefault<z.ZodString>;
        'interval-minutes': z.ZodDefault<z.ZodNumber>;
        'cron-slug': z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    health: z.ZodOptional<z.ZodObject<{
        url: z.ZodURL;
        probes: z.ZodDefault<z.ZodNumber>;
        'timeout-ms': z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    websocket: z.ZodOptional<z.ZodObject<{
        url: z.ZodURL;
        probes: z.ZodDefault<z.ZodNumber>;
        'timeout-ms': z.ZodDefault<z.ZodNumber>;
        message: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    'security-alerts': z.ZodDefault<z.ZodObject<{
        dependabot: z.ZodDefault<z.ZodBoolean>;
        'code-scanning': z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    labels: z.ZodDefault<z.ZodObject<{
        rollback: z.ZodDefault<z.ZodString>;
        hold: z.ZodDefault<z.ZodString>;
        blind: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    'base-branch': z.ZodOptional<z.ZodString>;
    'app-token-env': z.ZodDefault<z.ZodString>;
}, z.core.$strict>;

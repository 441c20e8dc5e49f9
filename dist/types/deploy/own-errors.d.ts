export interface PipelineErrorOptions {
    /** Sentry DSN of the pipeline itself (not the app's); nothing is reported without one. */
    dsn?: string;
    /** `action` or `cli`, and the deploy's environment, as tags. */
    surface: 'action' | 'cli';
    environment?: string;
}
/** True for errors worth a report: anything that is not the user's to fix. */
export declare function isPipelineError(error: unknown): boolean;
/**
 * Runs `body`; when it throws a pipeline error, captures it, flushes, and rethrows, so callers
 * report the failure as before. Without a DSN it only runs `body`.
 */
export declare function reportPipelineErrors<T>(options: PipelineErrorOptions, body: () => Promise<T>): Promise<T>;

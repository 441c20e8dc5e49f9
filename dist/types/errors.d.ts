/**
 * Typed errors. A user's mistake (bad config, missing secret, merge conflict, a token without
 * permission) is a {@link UserError}: its message says what to change and the CLI exits 2.
 * Anything else is a bug in launchgate and is reported as one.
 */
/** Position of a problem inside a file, 1-based as editors show it. */
export interface SourcePosition {
    file: string;
    line?: number;
    column?: number;
}
/** Base of every error launchgate raises on purpose. */
export declare abstract class LaunchgateError extends Error {
    /** True when the user can fix it (config, input, permissions); false for a bug or an outage. */
    abstract readonly isUserError: boolean;
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** Base of the errors the user fixes: configuration, input, credentials, repository state. */
export declare abstract class UserError extends LaunchgateError {
    readonly isUserError = true;
}
/** The config file or an action input is wrong. Names the file, line, column and key when known. */
export declare class ConfigurationError extends UserError {
    readonly position?: SourcePosition;
    readonly key?: string;
    constructor(message: string, details?: {
        position?: SourcePosition;
        key?: string;
        cause?: unknown;
    });
    private static format;
}
/** The command line was wrong (unknown command, bad flag value). */
export declare class UsageError extends UserError {
}
/** A secret or environment variable the run needs is absent. Names it, never prints a value. */
export declare class MissingSecretError extends UserError {
    readonly secretName: string;
    constructor(secretName: string, purpose: string);
}
/** A call to an external API failed after retries. A 401/403/404/422 is the user's to fix. */
export declare class ApiError extends LaunchgateError {
    readonly status: number | undefined;
    readonly service: string;
    readonly request: string;
    constructor(service: string, request: string, status: number | undefined, message: string, options?: {
        cause?: unknown;
    });
    get isUserError(): boolean;
}
/** Exit codes shared by the CLI and the actions' logs. */
export declare const ExitCode: {
    readonly ok: 0;
    readonly gateFailed: 1;
    readonly usage: 2;
    readonly inconclusive: 3;
    readonly internal: 70;
};
/** Maps any thrown value to the exit code the CLI uses. */
export declare function exitCodeFor(error: unknown): number;
/** A one-line message for a thrown value; bugs say so, so users report them instead of hunting config. */
export declare function describeError(error: unknown): string;

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
    readonly name: string;
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
    readonly name: string;
}
/** A secret or environment variable the run needs is absent. Names it, never prints a value. */
export declare class MissingSecretError extends UserError {
    readonly name: string;
    readonly secretName: string;
    constructor(secretName: string, purpose: string);
}
/** A call to an external API failed after retries. A 401/403/404/422 is the user's to fix. */
export declare class ApiError extends LaunchgateError {
    readonly name: string;
    readonly status: number | undefined;
    readonly service: string;
    readonly request: string;
    constructor(service: string, request: string, status: number | undefined, message: string, options?: {
        cause?: unknown;
    });
    get isUserError(): boolean;
    /** No answer, a 5xx or a rate limit left after the retries: the service, not launchgate or the user. */
    get isOutage(): boolean;
}
/** The network failed (refused, DNS, TLS, reset, timeout) before a service could answer. */
export declare class NetworkError extends LaunchgateError {
    readonly name: string;
    readonly isUserError = false;
    readonly isOutage = true;
}
/** A file the run was told to read is missing or unreadable. Names it and what to check. */
export declare class InputFileError extends UserError {
    readonly name: string;
    readonly file: string;
    constructor(file: string, problem: string, options?: {
        cause?: unknown;
    });
}
/** Exit codes shared by the CLI and the actions' logs. */
export declare const ExitCode: {
    readonly ok: 0;
    readonly gateFailed: 1;
    readonly usage: 2;
    readonly inconclusive: 3;
    readonly unavailable: 69;
    readonly internal: 70;
};
/**
 * True for an error of the world: a service or the network failed, or a launchgate error that is
 * neither the user's nor a bug wraps such a failure (the deploy's "merged, then the API kept
 * failing" says what happened and carries the outage as its cause).
 */
export declare function isOutage(error: unknown, depth?: number): boolean;
/** Maps any thrown value to the exit code the CLI uses. */
export declare function exitCodeFor(error: unknown): number;
/** A one-line message for a thrown value; bugs say so, so users report them instead of hunting config. */
export declare function describeError(error: unknown): string;
/** The meaning and the fix of a file system error code, or undefined for a code without one. */
export declare function fileErrorText(code: string | undefined): string | undefined;
/** What to check for a network failure (by its code, or its cause's), or undefined for another error. */
export declare function networkHint(error: unknown): string | undefined;
/**
 * Types an error thrown by a library: a missing or unreadable file is the user's to fix, a network
 * failure is the world's; a LaunchgateError, or anything else (a bug), is returned as it is.
 */
export declare function classifyError(error: unknown): unknown;

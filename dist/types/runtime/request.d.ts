export interface Request {
    /** A text value; undefined when absent or empty. */
    text(name: string): string | undefined;
    /** A text value the run cannot go without: a missing one is the user's mistake, named. */
    required(name: string): string;
    /** A yes/no value; absent is no. */
    flag(name: string): boolean;
    /**
     * A secret: the action's input of that name, else the environment variable `envName` (the CLI
     * takes secrets from the environment only, never from flags that shells keep in history).
     */
    secret(name: string, envName?: string): string | undefined;
    /** How the user names the value in a message: `the dry-run input`, or `--dry-run`. */
    label(name: string): string;
}
/** commander's parsed options: `--dry-run` is `dryRun`. */
export declare function cliRequest(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): Request;

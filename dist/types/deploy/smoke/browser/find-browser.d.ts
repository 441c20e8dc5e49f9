/** Names looked up on PATH, in this order. */
export declare const BROWSER_NAMES: string[];
/** The browser to use, or why there is none (a sentence the report prints as is). */
export type BrowserChoice = {
    executable: string;
    source: string;
} | {
    missing: string;
};
/**
 * Picks the browser: the config's path, then `LAUNCHGATE_BROWSER`, then PATH, then well-known
 * places. `LAUNCHGATE_NO_BROWSER=1` acts as if there were none (to rehearse the "not run" path).
 * @param isExecutable the file test, passed in so the decision stays pure
 */
export declare function chooseBrowser(configured: string | undefined, env: Record<string, string | undefined>, isExecutable: (file: string) => boolean): BrowserChoice;
/** The browser of this machine and environment. */
export declare function findBrowser(configured: string | undefined, env: Record<string, string | undefined>): BrowserChoice;

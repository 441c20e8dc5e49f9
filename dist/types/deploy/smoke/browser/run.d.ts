import type { Browser } from 'playwright-core';
import type { BrowserTestConfig } from '../../../config/sections/deploy-browser.js';
import type { SmokeResult } from '../../types.js';
type Outcome = Pick<SmokeResult, 'ok' | 'detail' | 'httpLatenciesMs' | 'notRun' | 'screenshot'>;
/** The run's browser, launched on first use; `close` is safe to call when it never started. */
export interface BrowserPool {
    get(): Promise<{
        browser: Browser;
    } | {
        missing: string;
    }>;
    close(): Promise<void>;
}
/** A pool over the browser the config or the machine names (see `findBrowser`). */
export declare function browserPool(configured: string | undefined, env: Record<string, string | undefined>): BrowserPool;
/** Runs one browser test against `url`; the screenshot goes to `artifactsDir`. */
export declare function runBrowserTest(test: BrowserTestConfig, pool: BrowserPool, url: string, artifactsDir: string): Promise<Outcome>;
/** A file name from a test name: `assistant widget` -> `assistant-widget`. */
export declare function fileSlug(name: string): string;
export {};

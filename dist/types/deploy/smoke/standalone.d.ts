import type { DeployConfig } from '../../config/sections/deploy.js';
import type { Report } from '../../report/types.js';
export interface StandaloneSmokeOptions {
    /** Overrides `smoke.base-url` (and the targets' URLs). */
    baseUrl?: string;
    /** Overrides `smoke.visual.baseline-url`: what the UI comparison compares against. */
    baselineUrl?: string;
    /** The repository root: `smoke.artifacts-dir` resolves against it. */
    root: string;
    env: Record<string, string | undefined>;
    log: (line: string) => void;
}
/** Runs every configured smoke test against the URL and reports them; bad input throws a user error. */
export declare function runStandaloneSmoke(deploy: DeployConfig, options: StandaloneSmokeOptions): Promise<Report>;

/** What makes a deploy config runnable, checked before anything changes. */
import type { DeployConfig } from '../config/sections/deploy.js';
/** Config mistakes that would only show after the merge are refused before anything changes. */
export declare function checkRunnable(config: DeployConfig): void;
/** Where relative smoke-test paths go: `smoke.base-url`, else the first target's URL. */
export declare function smokeBaseUrl(config: DeployConfig): string | undefined;

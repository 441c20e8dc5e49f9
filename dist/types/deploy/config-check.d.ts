/**
 * The deploy section checked the way a deploy would refuse it, so `launchgate config` (and the
 * config action) say it on the pull request instead of the deploy failing at dispatch.
 */
import type { LoadedConfig } from '../config/load.js';
import type { Finding } from '../report/types.js';
/** One HIGH finding for what `runDeploy` would refuse before changing anything. */
export declare function checkDeployConfig(loaded: LoadedConfig): Promise<Finding[]>;

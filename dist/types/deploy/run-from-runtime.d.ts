import type { Runtime } from '../runtime/runtime.js';
import type { DeployOutcome } from './types.js';
/** Runs the deploy as the runtime's request asks. */
export declare function deployFromRuntime(runtime: Runtime): Promise<DeployOutcome>;

import type { Runtime } from '../runtime/runtime.js';
export declare function consolidationAction(runtime: Runtime): Promise<void>;
/** The action's entry point (`dist/consolidation.js`, and @github/local-action). */
export declare const run: () => Promise<void>;

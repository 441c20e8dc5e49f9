import type { Runtime } from '../runtime/runtime.js';
export declare function prefilterAction(runtime: Runtime): Promise<void>;
/** The action's entry point (`dist/prefilter.js`, and @github/local-action). */
export declare const run: () => Promise<void>;

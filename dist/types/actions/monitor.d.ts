import type { Runtime } from '../runtime/runtime.js';
export declare function monitorAction(runtime: Runtime): Promise<void>;
/** The action's entry point (`dist/monitor.js`, and @github/local-action). */
export declare const run: () => Promise<void>;

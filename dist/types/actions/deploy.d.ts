import type { Runtime } from '../runtime/runtime.js';
export declare function deployAction(runtime: Runtime): Promise<void>;
/** The action's entry point (`dist/deploy.js`, and @github/local-action). */
export declare const run: () => Promise<void>;

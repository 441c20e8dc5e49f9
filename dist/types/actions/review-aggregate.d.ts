import type { Runtime } from '../runtime/runtime.js';
export declare function reviewAggregateAction(runtime: Runtime): Promise<void>;
/** The action's entry point (`dist/review-aggregate.js`, and @github/local-action). */
export declare const run: () => Promise<void>;

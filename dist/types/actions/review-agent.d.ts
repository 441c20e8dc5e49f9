import type { Runtime } from '../runtime/runtime.js';
/** Where findings artifacts go unless `output-dir` says otherwise. */
export declare function defaultFindingsDir(env?: NodeJS.ProcessEnv): string;
export declare function reviewAgentAction(runtime: Runtime): Promise<void>;
/** The action's entry point (`dist/review-agent.js`, and @github/local-action). */
export declare const run: () => Promise<void>;

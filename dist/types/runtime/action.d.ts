import { type Runtime } from './runtime.js';
/** The runtime of this step; the token is masked as soon as it is read. */
export declare function actionRuntime(env?: NodeJS.ProcessEnv): Runtime;
/**
 * Runs an action body and never throws: the runner sees `setFailed` with the action's name, a
 * configuration error is annotated at its file and line, and only a bug carries its stack (debug).
 */
export declare function runAction(name: string, body: (runtime: Runtime) => Promise<void>): Promise<void>;
/** Reports a failure to the runner: annotated, classified, the step failed. */
export declare function reportFailure(name: string, thrown: unknown): void;

import type { Logger } from '../ports/logger.js';
import type { Request } from './request.js';
/** Lines go through `@actions/core`: warnings and errors become annotations, debug is hidden. */
export declare function runnerLogger(): Logger;
/** An action's inputs (`INPUT_*`), through `@actions/core` as the runner sets them. */
export declare function actionRequest(env: NodeJS.ProcessEnv, mask: (value: string) => void): Request;

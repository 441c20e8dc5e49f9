import { WS_PATH, type ExampleApp, type ExampleAppOptions } from './types.js';
export { WS_PATH };
/**
 * Starts the example app.
 * @example
 * const app = await startExampleApp({ sha: 'abc123' })
 * app.setFault('db-down') // health now fails its database check
 * await app.close()
 */
export declare function startExampleApp(options?: ExampleAppOptions): Promise<ExampleApp>;

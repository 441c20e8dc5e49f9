/**
 * The example app the rehearsal (`npm start`), the deploy's smoke tests and the monitor run
 * against: a small real server on loopback with faults a test can switch on.
 */
export { startExampleApp, WS_PATH } from './server.js';
export { WIDGET_SCRIPT_PATH } from './page.js';
export { APP_FAULTS, DEFAULT_SHA, DEFAULT_USERS, type AppFault, type ExampleApp, type ExampleAppOptions, } from './types.js';

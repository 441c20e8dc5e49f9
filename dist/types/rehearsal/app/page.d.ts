/**
 * The example app's one page: the PAM assistant widget, as a small bundle that reads its config,
 * renders itself, opens its WebSocket, sends what the user asks and shows the reply. The browser
 * smoke test loads it; two faults break it the way real releases do.
 */
import type { AppFault } from './types.js';
/** Where the widget's bundle is served. */
export declare const WIDGET_SCRIPT_PATH = "/assets/pam-widget.js";
/** The page, with the config the server injects (none under `page-throws`, a stale path under `widget-ws-wrong`). */
export declare function widgetPage(wsPath: string, fault: AppFault | undefined): string;
/**
 * The widget's bundle. Plain browser JavaScript on purpose: it is what the browser runs, and the
 * example ships no build step.
 */
export declare const WIDGET_SCRIPT: string;

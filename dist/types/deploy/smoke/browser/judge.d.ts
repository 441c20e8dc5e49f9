/**
 * The verdict of a browser smoke test, from what the page did: pure, so every rule (allow-lists,
 * the app's own origin, the expected WebSocket) is unit-tested without a browser.
 */
import type { BrowserTestConfig } from '../../../config/sections/deploy-browser.js';
/** A request of the page that failed: no answer (`error`) or an HTTP error status. */
export interface FailedRequest {
    method: string;
    url: string;
    status?: number;
    error?: string;
}
/** A WebSocket the page opened. */
export interface SocketSeen {
    url: string;
    /** Why it failed (a refused handshake, a frame error); undefined while it works. */
    error?: string;
    framesReceived: number;
}
/** Everything the driver saw while it loaded the page and took the steps. */
export interface PageObservations {
    /** The URL loaded. */
    url: string;
    /** The page could not be loaded at all (DNS, refused, timeout). */
    navigationError?: string;
    /** HTTP status of the page itself. */
    documentStatus?: number;
    /** Uncaught exceptions and unhandled rejections, first line each. */
    pageErrors: string[];
    consoleErrors: string[];
    failedRequests: FailedRequest[];
    sockets: SocketSeen[];
    /** Waits and steps that did not succeed, as sentences (selector not visible, step failed). */
    unmet: string[];
    stepsDone: number;
}
/** Why the page fails its test; empty when it passes. */
export declare function browserProblems(test: BrowserTestConfig, seen: PageObservations): string[];
/** One line on what a passing page did, for the report. */
export declare function browserSummary(test: BrowserTestConfig, seen: PageObservations): string;
/** The texts the test expects, as a list. */
export declare function expectedTexts(test: BrowserTestConfig): string[];
/**
 * The browser's own console lines about a failed load or WebSocket: the failed-request rule judges
 * those (with the app's origin and its allow-list), so they are not counted twice. A missing
 * favicon, which the page never asked for, is only ever such a line.
 */
export declare function isNetworkMessage(message: string): boolean;

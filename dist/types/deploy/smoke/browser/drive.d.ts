/**
 * Loads one page in a real Chromium through the Chrome DevTools Protocol (playwright-core, no
 * browser download) and records what a user's browser would show: uncaught errors, console
 * errors, failed requests and WebSockets, then the waits and steps of the test. Judging is left
 * to `judge.ts`.
 */
import type { Browser } from 'playwright-core';
import type { BrowserStep, BrowserTestConfig } from '../../../config/sections/deploy-browser.js';
import { type PageObservations } from './judge.js';
/** What a finished drive leaves behind: the observations, and the screenshot if one was taken. */
export interface DriveResult {
    seen: PageObservations;
    screenshot?: string;
    /** Why the screenshot could not be saved (the page crashed, the disk is full). */
    screenshotError?: string;
}
/**
 * Opens the page in a fresh context (no cookies shared between tests), runs the test, and saves
 * a screenshot of the final state to `screenshotFile` when given.
 */
export declare function drivePage(browser: Browser, test: BrowserTestConfig, url: string, screenshotFile?: string): Promise<DriveResult>;
/** The step in the config's words, for a failure message. */
export declare function describeStep(step: BrowserStep): string;
/** The first line of an error: Playwright appends its call log, which a report does not need. */
export declare function firstLine(error: unknown): string;

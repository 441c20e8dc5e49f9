import type { Report } from './types.js';
/** Renders a report for a terminal; ends with a newline. */
export declare function renderText(report: Report): string;

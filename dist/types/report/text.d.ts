import type { Report } from './types.js';
/**
 * The widest a cell before the last column is shown: one long cell (every symbol a deprecated
 * module exports) would pad every row of its table to its width, megabytes of spaces on a large
 * repository. The JSON and markdown reports keep the whole value.
 */
export declare const MAX_CELL_WIDTH = 80;
/** Renders a report for a terminal; ends with a newline. */
export declare function renderText(report: Report): string;

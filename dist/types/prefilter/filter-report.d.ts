/**
 * The report of one `prefilter filter` call: `data.tools` holds the kept definitions as given, so
 * a backend in any language sends them unchanged; `data.kept` says why each was kept.
 */
import type { Report } from '../report/types.js';
import { type MissingCoreTool } from './core-tools.js';
import type { PrefilterResult, TokenCounting } from './types.js';
/** Builds the report of one filtering decision. */
export declare function filterReport(result: PrefilterResult, counting: TokenCounting, missingCore?: readonly MissingCoreTool[]): Report;

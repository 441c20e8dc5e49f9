/** The discovery report: a table of proposed concerns, their evidence, and a ready config snippet. Pure. */
import type { Report } from '../../report/types.js';
import type { DiscoveredConcern } from './propose.js';
/** The `consolidation:` section that declares the proposed concerns, with comments saying why. */
export declare function configSnippet(concerns: DiscoveredConcern[]): string;
/** The report of `launchgate consolidation discover`; it informs, so it always passes. */
export declare function discoverReport(concerns: DiscoveredConcern[], skipped: string[]): Report;

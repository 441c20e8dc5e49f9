import { type MissingCanonical } from './concerns.js';
import type { Violation } from './types.js';
/** The canonical paths of `concerns` that do not exist under `root`. */
export declare function findMissingCanonicals(root: string, concerns: Array<{
    name: string;
    canonical: string[];
}>): Promise<MissingCanonical[]>;
/** A missing canonical as a violation of its concern: it fails that concern, never the others. */
export declare function missingCanonicalViolation(missing: MissingCanonical): Violation;

import type { Forge } from '../ports/forge.js';
import type { ReviewFinding } from './findings.js';
/** What {@link publishInlineComments} did. */
export interface InlineOutcome {
    posted: number;
    alreadyPosted: number;
    overLimit: number;
    /** Comments GitHub refused (a line outside its diff view), with why. */
    refused: Array<{
        path: string;
        line: number;
        error: string;
    }>;
}
/** Posts a comment for each CRITICAL and HIGH finding that has none yet, on the head commit. */
export declare function publishInlineComments(forge: Forge, input: {
    pullNumber: number;
    headSha: string;
    findings: readonly ReviewFinding[];
    pathPrefix?: string;
    waiversPath: string;
}): Promise<InlineOutcome>;

import type { ReviewSeverity } from '../findings.js';
import type { PinnedPackage } from './lockfiles.js';
export declare const OSV_URL = "https://api.osv.dev";
export interface Advisory {
    id: string;
    summary: string;
    severity: ReviewSeverity;
}
interface OsvVuln {
    id: string;
    summary?: string;
    database_specific?: {
        severity?: string;
    };
    severity?: Array<{
        type: string;
        score: string;
    }>;
}
/** An advisory's severity: GitHub's rating when present, else MEDIUM. */
export declare function advisorySeverity(vuln: OsvVuln): ReviewSeverity;
/** Looks up packages in OSV; the result is keyed `name@version`. */
export declare function queryOsv(baseUrl: string, packages: readonly PinnedPackage[]): Promise<Map<string, Advisory[]>>;
export {};

export declare const cachePoisoning: import("../finding.js").Rule;
export declare const useTrustedPublishing: import("../finding.js").Rule;

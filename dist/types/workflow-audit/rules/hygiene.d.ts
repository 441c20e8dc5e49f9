export declare const anonymousDefinition: import("../finding.js").Rule;
export declare const concurrencyLimits: import("../finding.js").Rule;
export declare const misfeature: import("../finding.js").Rule;
export declare const adhocPackages: import("../finding.js").Rule;
export declare const githubApp: import("../finding.js").Rule;

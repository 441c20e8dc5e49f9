export declare const unsoundCondition: import("../finding.js").Rule;
export declare const unsoundContains: import("../finding.js").Rule;
export declare const botConditions: import("../finding.js").Rule;
export declare const unsoundTernary: import("../finding.js").Rule;
export declare const obfuscation: import("../finding.js").Rule;

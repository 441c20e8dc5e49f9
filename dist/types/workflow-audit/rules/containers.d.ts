export declare const hardcodedContainerCredentials: import("../finding.js").Rule;
export declare const unpinnedImages: import("../finding.js").Rule;
export declare const selfHostedRunner: import("../finding.js").Rule;

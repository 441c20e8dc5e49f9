export declare const dangerousTriggers: import("../finding.js").Rule;
export declare const githubEnv: import("../finding.js").Rule;

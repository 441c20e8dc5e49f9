export declare const dependabotExecution: import("../finding.js").Rule;
export declare const dependabotCooldown: import("../finding.js").Rule;

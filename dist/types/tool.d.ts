/** Name and version launchgate reports itself as (SARIF driver, user agent, `--version`). */
export declare const TOOL: {
    readonly name: "launchgate";
    readonly version: "0.1.0";
    readonly informationUri: "https://github.com/launchgate/launchgate";
};

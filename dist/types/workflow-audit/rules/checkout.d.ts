import { type Rule } from '../finding.js';
/** The major version a `uses:` names, from its tag or its `# vX` comment. */
export declare function majorVersion(text: string, ref: string | undefined, offset: number): number | undefined;
export declare const artipacked: Rule;
/** launchgate's own: the "pwn request" shape, checked out code run with secrets and a write token. */
export declare const pullRequestTargetCheckout: Rule;

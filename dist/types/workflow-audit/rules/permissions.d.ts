import { type Rule } from '../finding.js';
export declare const excessivePermissions: Rule;
export declare const undocumentedPermissions: Rule;
/** launchgate's own rule for the jobs that run its LLM review agent on untrusted diffs. */
export declare const llmJobWriteToken: Rule;

/**
 * What `uses:` pulls in, for steps, composite steps and reusable-workflow jobs alike:
 * unpinned-uses (not pinned to a full commit sha), ref-version-mismatch
 * (a sha pin without its version comment; pedantic: the mismatch itself needs the network),
 * obfuscation of `uses:` paths, secrets-inherit, archived-uses, superfluous-actions, unpinned-tools,
 * typosquat-uses, self-repository.
 */
import { type AuditedDocument, type UsesRef } from '../document.js';
import { type Emit } from '../finding.js';
/** Every `uses:` of the document: steps (workflow and composite) and job-level calls. */
export declare function allUses(doc: AuditedDocument): UsesRef[];
export declare const unpinnedUses: import("../finding.js").Rule;
export declare const refVersionMismatch: import("../finding.js").Rule;
export declare const obfuscatedUses: (doc: AuditedDocument, emit: Emit) => void;
export declare const secretsInherit: import("../finding.js").Rule;
export declare const archivedUses: import("../finding.js").Rule;
export declare const superfluousActions: import("../finding.js").Rule;
export declare const unpinnedTools: import("../finding.js").Rule;
export declare const typosquatUses: import("../finding.js").Rule;
export declare const selfRepository: import("../finding.js").Rule;
/** Whether a `uses:` matches a repository pattern: `*`, `owner/*`, `owner/repo/*`, `owner/repo`, `owner/repo/path`. */
export declare function matchesPattern(uses: UsesRef, pattern: string): boolean;
export declare const forbiddenUses: import("../finding.js").Rule;

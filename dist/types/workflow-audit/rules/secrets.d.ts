/**
 * How secrets reach jobs: overprovisioned-secrets (the whole `secrets` context), unredacted-secrets
 * (a field of a JSON secret, which the log masker does not know), secrets-outside-env (auditor: a
 * secret used by a job without a protected environment), insecure-commands
 * (ACTIONS_ALLOW_UNSECURE_COMMANDS re-enabling `::set-env`).
 */
import { type Node } from 'yaml';
import { type AuditedDocument } from '../document.js';
import { type Expr } from '../expressions.js';
/** Every parsed expression of a node's scalars, with the absolute offset of its body. */
export declare function expressionsIn(doc: AuditedDocument, root: Node): Array<{
    expr: Expr;
    offset: number;
    body: string;
}>;
export declare const overprovisionedSecrets: import("../finding.js").Rule;
export declare const unredactedSecrets: import("../finding.js").Rule;
export declare const secretsOutsideEnv: import("../finding.js").Rule;
export declare const insecureCommands: import("../finding.js").Rule;

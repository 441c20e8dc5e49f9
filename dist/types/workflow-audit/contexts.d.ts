/**
 * How much of a context an attacker can shape, after GitHub Security Lab's "untrusted input" list
 * and the webhook payloads: `fixed` values (ids, numbers, shas, booleans, timestamps, states) carry
 * no injectable text; `structured` ones (URLs) carry some; `arbitrary` ones (titles, bodies, branch
 * names, logins, messages, emails) carry anything. Unknown fields of `github.event` are treated as
 * arbitrary: the payload is the sender's, and a missed field is worse than a cautious one.
 */
/** What an attacker controls in a context's value. */
export type Capability = 'fixed' | 'structured' | 'arbitrary';
/** The capability of a `github.*` or `runner.*` context path; undefined for other roots. */
export declare function capabilityOf(path: string): Capability | undefined;
/** Contexts whose values are always one of a few GitHub-set words (`success`, `failure`...). */
export declare function isStatusContext(path: string): boolean;

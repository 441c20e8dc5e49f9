/**
 * Why a call that reaches a sink is not a finding, decided alike for JavaScript and Python: the
 * walks differ in how they read an argument, not in what makes it harmless.
 */
import type { SinkFamily, Taint } from './families.js';
/** Static text that reads as SQL; a sink named `run` or `exec` gets non-SQL strings too. */
export declare const SQL_TEXT: RegExp;
/** What a walk knows of the argument that reached a sink. */
export interface SinkArgument {
    family: SinkFamily;
    /** The sink runs SQL only when the argument's text reads as SQL (`exec`, `run` on an unknown receiver). */
    needsSqlText: boolean;
    taint: Taint | undefined;
    /** The argument's text when it was built from strings (template, f-string, `+`, `%`, `.format`). */
    built: string | undefined;
    /** The argument's constant prefix, read only for outbound URLs and redirects. */
    prefix: () => string | undefined;
}
/**
 * True when the call is no hole: text that is not SQL given to a sink that needs SQL text; SQL from
 * nowhere; a helper that runs the SQL or command it is given (its callers are the hole); a URL whose
 * fixed prefix pins the host, or a redirect that stays on this site.
 */
export declare function harmlessSinkCall({ family, needsSqlText, taint, built, prefix }: SinkArgument): boolean;

/**
 * Redaction of personal data in harvested cases: cases are committed and reviewed, logs are not.
 * The built-in pass masks what is personal in any app (emails, phone and card numbers, exact
 * coordinates, URLs' queries); an app adds its own with a hook module (`--redact <file>`).
 */
/** Turns a message into one fit to commit. */
export type Redactor = (text: string) => string;
/** The built-in redaction. */
export declare const redactPersonalData: Redactor;
/** The built-in redaction followed by the app's own. */
export declare function chainRedactors(...redactors: Redactor[]): Redactor;

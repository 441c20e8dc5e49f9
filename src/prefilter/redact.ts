/**
 * Redaction of personal data in harvested cases: cases are committed and reviewed, logs are not.
 * The built-in pass masks what is personal in any app (emails, phone and card numbers, exact
 * coordinates, URLs' queries); an app adds its own with a hook module (`--redact <file>`).
 */

/** Turns a message into one fit to commit. */
export type Redactor = (text: string) => string

const PATTERNS: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>'],
  [/\b(?:\d[ -]?){13,19}\b/g, '<number>'],
  [/\+?\d[\d ().-]{7,}\d/g, '<phone>'],
  [/-?\d{1,3}\.\d{3,},\s*-?\d{1,3}\.\d{3,}/g, '<coordinates>'],
  [/(https?:\/\/[^\s?#]+)\?[^\s#]*/g, '$1?<query>'],
]

/** The built-in redaction. */
export const redactPersonalData: Redactor = (text) =>
  PATTERNS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text)

/** The built-in redaction followed by the app's own. */
export function chainRedactors(...redactors: Redactor[]): Redactor {
  return (text) => redactors.reduce((out, r) => r(out), text)
}

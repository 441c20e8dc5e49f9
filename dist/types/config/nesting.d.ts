/**
 * The nesting of brackets in a JSON or YAML flow text, measured without parsing it: parsers and
 * validators recurse per level, so a file nested 100,000 deep would overflow the stack before it
 * could be told what is wrong. Pure; strings (single or double quoted) are skipped.
 */
/** Deeper than any real config or replay: 64 levels. */
export declare const MAX_NESTING = 64;
/**
 * The offset of the first bracket that opens level `max + 1`, or undefined when the text stays
 * within `max` levels.
 */
export declare function firstTooDeep(text: string, max?: number): number | undefined;

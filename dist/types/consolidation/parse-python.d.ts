import type { ParsedSource } from './types.js';
/** Parses one Python file's imports; malformed import statements are skipped, not fatal. */
export declare function parsePython(text: string): ParsedSource;

import type { ParsedSource } from './types.js';
/** Parses one JS-family file; a syntax error becomes `problem`, never an exception. */
export declare function parseScript(file: string, text: string): ParsedSource;

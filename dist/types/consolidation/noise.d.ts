/**
 * What a near-copy is not: the token filter run before fingerprinting. Import and export lists,
 * type-only declarations, enum bodies, literal tables (string lists, objects of constants) and
 * markup (JSX tags, attributes and text) look alike in every file of a code base, so matching them
 * reported hundreds of "copies" that nobody would merge. What remains is logic: statements,
 * calls, expressions, including the expressions inside JSX braces.
 *
 * Token-level on purpose: it runs on the normalised tokens of either language with no AST, in
 * microseconds per file; a wrong guess only keeps or drops a few tokens of one file.
 */
import type { CodeToken } from './js-tokens.js';
import type { Language } from './types.js';
/** The tokens of a file that carry logic, in order. */
export declare function meaningfulTokens(language: Language, tokens: CodeToken[]): CodeToken[];

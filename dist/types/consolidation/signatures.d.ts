import type { SignatureHit } from './types.js';
/** A signature ready to search: plain text or a global regex. */
export interface CompiledSignature {
    signature: string;
    text?: string;
    regex?: RegExp;
}
/** Compiles a signature; a `/.../` that is not a valid regex is a config error naming it. */
export declare function compileSignature(signature: string, concern: string): CompiledSignature;
/** Every place a signature occurs in `text` outside the comment spans, at 1-based line:column. */
export declare function findSignatures(text: string, comments: Array<[number, number]>, signatures: CompiledSignature[]): SignatureHit[];

import type { Language, PackedFingerprints } from '../types.js';
/** What the scan knows of one module, as discovery needs it. */
export interface ModuleFacts {
    path: string;
    language: Language;
    exports: string[];
    /** External APIs the module calls (ids of {@link EXTERNAL_APIS}). */
    apis: string[];
    /** Their signatures as the module calls them (`new WebSocket(`). */
    signatures: string[];
    /** The modules it imports (root-relative). */
    imports: string[];
    fingerprints?: PackedFingerprints;
}
/** The kinds of evidence, in the order a person would trust them. */
export type EvidenceKind = 'tool-copy' | 'near-duplicate' | 'same-name' | 'same-exports' | 'external-api';
/** One reason why some modules belong together. */
export interface Evidence {
    kind: EvidenceKind;
    files: string[];
    detail: string;
}
/**
 * External APIs worth one implementation each: a connection, a stream, a device. `pattern` finds a
 * call in code, never right after a quote (a string naming the API is not a call of it);
 * `signature` is what the snippet writes into `forbidden-signatures`.
 */
export declare const EXTERNAL_APIS: Array<{
    id: string;
    signature: string;
    pattern: string;
    language: Language;
}>;
/** Tests mirror the modules they test; they are never another implementation. */
export declare function isTest(file: string): boolean;
/** The words that name what a module implements: `usePamWebSocketV2.ts` → pam, web, socket. */
export declare function stemOf(file: string): string[];
/**
 * Same-language modules whose stems of at least two words are equal, or where one starts with the
 * other (`pam-web-socket-connection` extends `pam-web-socket`).
 */
export declare function sameNameLinks(modules: ModuleFacts[]): Evidence[];
/** Same-language modules exporting mostly the same names (at least two, half of the smaller API). */
export declare function sameExportsLinks(modules: ModuleFacts[]): Evidence[];
/**
 * Pairs of modules with a near-duplicate body: a copied region of at least `minTokens` covering
 * at least half of the smaller module. Only pairs sharing fingerprints are compared, and a
 * fingerprint present in many modules (common boilerplate) does not make pairs.
 */
export declare function nearDuplicateLinks(modules: ModuleFacts[], minTokens: number): Evidence[];
/** One group per external API called from at least two modules. */
export declare function externalApiLinks(modules: ModuleFacts[]): Evidence[];

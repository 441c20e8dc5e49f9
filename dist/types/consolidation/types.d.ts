/**
 * The data the consolidation check works on: parsed imports, the resolved import graph and the
 * violations the rules derive from it. Plain data, so rules are pure functions and tests build it.
 */
/** Language family of a source file; decides the parser and the duplicate tokenizer. */
export type Language = 'js' | 'python';
/** How a module is imported; `type-only` imports vanish at run time but still couple the code. */
export type ImportKind = 'static' | 'dynamic' | 'require' | 're-export' | 'type-only';
/** One import as written in a file, before resolution. Lines and columns are 1-based. */
export interface ImportRecord {
    specifier: string;
    kind: ImportKind;
    /** Imported names: `default`, `*` for a namespace or an unknown set, else the exported name. */
    names: string[];
    /** For re-exports: the names this file exports, parallel to `names` (`*` for `export *`). */
    exported?: string[];
    /** Python only: dots of a relative import (`from ..x import y` is 2); 0 for absolute. */
    level?: number;
    line: number;
    column: number;
}
/** A syntax error; the rest of the file is still used as far as the parser recovered. */
export interface ParseProblem {
    message: string;
    line: number;
    column: number;
}
/** A k-gram hash kept by winnowing, with where its tokens start and end. */
export interface Fingerprint {
    hash: number;
    /** Index of the first token of the k-gram in the file's normalised token stream. */
    token: number;
    line: number;
    endLine: number;
}
/**
 * Fingerprints flattened as `[tokens, hash, token, line, endLine, hash, ...]` (`tokens`: the
 * file's meaningful token count): a third of the size of
 * objects in the cache file and in memory, which matters at tens of thousands of files.
 */
export type PackedFingerprints = number[];
/** What parsing one file yields; cached by content hash, so it holds no paths. */
export interface ParsedSource {
    imports: ImportRecord[];
    /** Names the file exports itself (JS only), to follow `export * from` barrels precisely. */
    exports?: string[];
    /** Comment spans `[start, end)` (UTF-16 offsets): signatures never match inside them. */
    comments: Array<[number, number]>;
    problem?: ParseProblem;
    /** Present once duplicate detection asked for it; packed, see {@link PackedFingerprints}. */
    fingerprints?: PackedFingerprints;
}
/** An import after resolution; `target` is a path relative to the root when it is a scanned file. */
export interface ResolvedImport extends ImportRecord {
    target?: string;
}
/** A forbidden signature found in code (not in a comment). */
export interface SignatureHit {
    signature: string;
    line: number;
    column: number;
}
/** One scanned source file of the graph. Paths are relative to the root, with forward slashes. */
export interface SourceFile {
    path: string;
    language: Language;
    imports: ResolvedImport[];
    exports: string[];
    signatureHits: SignatureHit[];
    fingerprints?: PackedFingerprints;
    problem?: ParseProblem;
    /** Over the size cap: imports from a streaming text scan; no signatures, exports or fingerprints. */
    textScan?: true;
    /** The parse cache's content key, when the file was read or known by its stat. */
    contentKey?: string;
}
/** The scanned repository: every file the globs matched and the parsed sources among them. */
export interface ImportGraph {
    /** Every file matched by include/exclude (source or not), relative to the root. */
    allFiles: string[];
    files: Map<string, SourceFile>;
    /** Files not parsed because they exceed the size cap (their imports come from a text scan). */
    skipped: string[];
}
/** The rule ids of the check, as the JSON output and the baseline name them. */
export type RuleId = 'missing-canonical' | 'deprecated-file' | 'deprecated-import' | 'forbidden-signature' | 'missing-required-import' | 'duplicate-logic';
/** A broken consolidation rule at one place. */
export interface Violation {
    concern: string;
    rule: RuleId;
    file: string;
    line: number;
    column: number;
    /** What the violation is about, stable across edits: the baseline identity's last part. */
    symbol: string;
    message: string;
    /** deprecated-import: how the module is imported. */
    how?: ImportKind;
    /** deprecated-import: the deprecated module; duplicate-logic: the canonical file. */
    target?: string;
    /** deprecated-import: the names used. */
    names?: string[];
    /** deprecated-import through a barrel: the files re-exporting the deprecated module. */
    via?: string[];
    /** duplicate-logic: which lines match which. */
    matches?: DuplicateMatch[];
}
/** A near-copy: lines of the offending file and the canonical lines they copy. */
export interface DuplicateMatch {
    lines: [number, number];
    canonical: string;
    canonicalLines: [number, number];
    /** Meaningful tokens copied (imports, types, literal tables and markup are not counted). */
    tokens: number;
    /** Copied tokens over the smaller file's meaningful tokens, 0..1: ranks a whole-module copy first. */
    similarity: number;
}

import type { ParseCache } from './cache.js';
import type { ImportRecord, Language } from './types.js';
/**
 * {@link scanLargeFile} behind the parse cache's stat table: a large file whose size, mtime, ctime
 * and inode are unchanged is not read again. Its entry is keyed by that stat (hashing a file
 * over the cap would cost the read this saves), so a changed file gets a new key; the key is
 * returned too, so the file's resolved imports are cached like any other file's.
 */
export declare function largeFileImports(file: string, language: Language, cache: ParseCache): Promise<{
    imports: ImportRecord[];
    key?: string;
}>;
/** The imports of `file` (absolute), in order; a read error rejects. */
export declare function scanLargeFile(file: string, language: Language): Promise<ImportRecord[]>;

import type { ImportRecord, Language } from './types.js';
/** The imports of `file` (absolute), in order; a read error rejects. */
export declare function scanLargeFile(file: string, language: Language): Promise<ImportRecord[]>;

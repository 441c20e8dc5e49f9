import type { ImportRecord, ResolvedImport } from './types.js';
/** Resolves one import record of `file` (relative to the root) to zero or more resolved imports. */
export type PythonResolver = (file: string, record: ImportRecord) => ResolvedImport[];
/** Builds a resolver over the Python files of a scan (relative paths with forward slashes). */
export declare function createPythonResolver(pythonFiles: Iterable<string>): PythonResolver;

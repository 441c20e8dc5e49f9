/**
 * Taint from request to sink in the changed JavaScript, TypeScript and Python files (see
 * ../taint/): SQL, NoSQL, command, code, deserialization, file paths, SSRF, redirects, HTML and
 * XML sinks. Each finding names the source, the variables on the way and the sink; values whose
 * origin is unknown are reported below CRITICAL, or not at all where that would cry wolf.
 */
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
/** The taint findings of one JavaScript or TypeScript file; none when it does not parse. */
export declare function findScriptTaint(path: string, text: string): FindingCandidate[];
/** The taint findings of one Python file, and a notice when it has syntax errors. */
export declare function findPythonTaint(path: string, text: string): Promise<{
    findings: FindingCandidate[];
    notice?: string;
}>;
export declare const taintAnalyzer: Analyzer;

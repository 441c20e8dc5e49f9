/**
 * A sink reached by a value, as found by a language's walk, and the finding it becomes. The
 * message names the source, the variables the value went through and the sink, so a reader can
 * follow the flow without the tool.
 */
import type { FindingCandidate } from '../findings.js';
import { type SinkFamily, type Taint } from './families.js';
export interface SinkHit {
    family: SinkFamily;
    /** The sink as written: `db.query`, `cursor.execute`, `innerHTML`. */
    sink: string;
    line: number;
    endLine: number;
    column?: number;
    /** What reached it: a tainted value, or a value built at run time from unknown parts. */
    taint: Taint | 'dynamic';
    /** Overrides the family's severity (NoSQL operator injection is HIGH even from the request). */
    severity?: FindingCandidate['severity'];
}
/** The finding for a hit, or undefined when its severity is below what is worth reporting. */
export declare function hitToCandidate(file: string, hit: SinkHit): FindingCandidate | undefined;

/**
 * The registry of workflow rules: the one list the engine runs, the README's table describes and
 * SARIF's rule metadata is built from. A new rule is a file plus one line here.
 */
import type { Rule } from '../finding.js';
export declare const RULES: readonly Rule[];

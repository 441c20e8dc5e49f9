/**
 * SQL built from values at run time: a template literal with `${}` or a `+` concatenation passed
 * to a query call (`db.query`, `pool.execute`, `knex.raw`, `$queryRawUnsafe`...), directly or
 * through a variable. Parameterised queries (`$1`, `?`) and tagged templates (`sql\`...\``,
 * which escape) are not flagged. CRITICAL: this is how a table leaks.
 */
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
/** Finds the dynamic-SQL hits of one file. */
export declare function findSqlInjection(path: string, text: string): FindingCandidate[];
export declare const sqlInjectionAnalyzer: Analyzer;

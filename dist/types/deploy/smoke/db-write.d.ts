/**
 * The database smoke test: create a record through the API, read it back, delete it, and check
 * it is gone. The delete runs whatever happened before it, so a failing read never leaves a test
 * record behind in production; one that cannot be deleted is named in the failure.
 */
import type { SmokeTestConfig } from '../../config/sections/deploy.js';
import type { SmokeResult } from '../types.js';
import type { SmokeSession } from './run.js';
type DatabaseTest = Extract<SmokeTestConfig, {
    kind: 'db-write';
}>;
type Outcome = Pick<SmokeResult, 'ok' | 'detail' | 'httpLatenciesMs'>;
/** Fields of the sent record that came back different (primitives only; the API may add others). */
export declare function roundTripProblems(sent: Record<string, unknown>, read: unknown): string[];
/** Runs the write, read-back and clean-up; the latencies of all four requests count in the P95. */
export declare function runDatabaseWrite(test: DatabaseTest, session: SmokeSession): Promise<Outcome>;
export {};

/**
 * Secrets secretlint's preset misses in code strings: Stripe live keys, Supabase service-role
 * JWTs (the key that bypasses RLS; the anon key is public and is not reported), and private keys
 * written into a string with `\n` or `\r\n` escapes. Same masking as secretlint's hits.
 */
import type { FindingCandidate } from '../findings.js';
/** The code-string secrets of one file. */
export declare function findCodeSecrets(path: string, content: string): FindingCandidate[];

/**
 * Supabase edge functions deployed with `verify_jwt = false` (supabase/config.toml) whose code
 * checks no caller: no `auth.getUser`, no Authorization header, no webhook signature. Anyone on
 * the internet can call them; with the service-role key inside they act with RLS bypassed
 * (CRITICAL), otherwise HIGH. Reported on the config line when it changes, or on the function's
 * entry when its code changes under such a config.
 */
import type { Analyzer } from '../analyzer.js';
/** Functions with `verify_jwt = false` and the 1-based line of that setting. */
export declare function unverifiedFunctions(toml: string): Map<string, number>;
export declare const edgeFunctionsAnalyzer: Analyzer;

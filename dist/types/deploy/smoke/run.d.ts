import type { DeployConfig } from '../../config/sections/deploy.js';
import type { SmokeResult } from '../types.js';
import { type MeasuredAnswer } from './verdict.js';
import { type BrowserPool } from './browser/run.js';
type SmokeConfig = DeployConfig['smoke'];
/** What the tests need from the outside: where the app is, and the secrets by name. */
export interface SmokeContext {
    baseUrl: string;
    env: Record<string, string | undefined>;
    log: (line: string) => void;
    /** Where browser tests save screenshots; `smoke.artifacts-dir` from the working directory by default. */
    artifactsDir?: string;
}
/** One request as a smoke test sends it. */
export interface SmokeRequest {
    method: string;
    url: string;
    headers?: Record<string, string>;
    body?: unknown;
    timeoutMs: number;
}
/** The shared parts of one run: the client, the secrets to redact, the shared login. */
export interface SmokeSession {
    send(request: SmokeRequest): Promise<MeasuredAnswer>;
    url(path: string): string;
    /** The bearer header of one login shared by every authenticated test, or why login failed. */
    bearer(): Promise<{
        headers: Record<string, string>;
    } | {
        error: string;
    }>;
    /** The run's one browser, launched by the first browser test. */
    browsers: BrowserPool;
}
/** Runs every test; never throws for a failing app, only for a config that cannot run. */
export declare function runSmokeTests(config: SmokeConfig, context: SmokeContext): Promise<SmokeResult[]>;
/** `http(s)://` to `ws(s)://`. */
export declare function wsUrl(url: string): string;
export {};

/**
 * The deploy of the rehearsal: the example app runs on loopback as "production", a small host
 * stands in for Render (it releases main's new commit a moment after main moves), and the real
 * deploy use case runs against the local forge: checklist, staging -> main, wait until the app
 * reports the merge commit, smoke tests, deployment record.
 */
import type { LaunchgateConfig } from '../config/schema.js';
import { type ExampleApp } from './app/index.js';
import { type ProgressSink, type StepOutcome } from './steps.js';
import type { RehearsalWorkspace } from './workspace.js';
type DeployConfig = LaunchgateConfig['deploy'];
/** A running "production": the app, and the host that deploys main to it. */
export interface Production {
    app: ExampleApp;
    stop(): Promise<void>;
}
/** Starts the app at main's current commit and a host that follows main like Render's auto-deploy. */
export declare function startProduction(ws: RehearsalWorkspace, releaseDelayMs?: number): Promise<Production>;
/** The production targets and smoke tests of the config, pointed at the app on loopback. */
export declare function rehearsalDeployConfig(config: DeployConfig, app: ExampleApp, artifactsDir: string): DeployConfig;
/** Runs the deploy step against the local forge and the production on loopback. */
export declare function runDeployStage(ws: RehearsalWorkspace, production: Production, config: DeployConfig, gate: StepOutcome[], progress: ProgressSink, env?: Record<string, string | undefined>): Promise<StepOutcome>;
export {};

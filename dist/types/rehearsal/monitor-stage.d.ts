import type { LaunchgateConfig } from '../config/schema.js';
import type { AppFault } from './app/index.js';
import type { Production } from './deploy-stage.js';
import { type ProgressSink, type StepOutcome } from './steps.js';
import type { RehearsalWorkspace } from './workspace.js';
type MonitorConfig = LaunchgateConfig['monitor'];
/** The config's monitor, watching the app on loopback: health and WebSocket probes, no Sentry. */
export declare function rehearsalMonitorConfig(config: MonitorConfig, production: Production): MonitorConfig;
/** Healthy ticks, the fault, the rollback, and the re-run that must add nothing. */
export declare function runMonitorStage(ws: RehearsalWorkspace, production: Production, config: MonitorConfig, progress: ProgressSink, options?: {
    healthyTicks?: number;
    fault?: AppFault;
}): Promise<StepOutcome[]>;
export {};

/** The monitor's public API: the pure decision, the cadence, the live run and its wiring. */
export { decide } from './decide.js';
export { checkDue } from './cadence.js';
export { blindStatus } from './blind.js';
export { runLiveMonitor, type LiveMonitorDeps, type LiveMonitorSettings, type LiveRun } from './live.js';
export { liveMonitorDeps, liveMonitorSettings } from './setup.js';
export { runMonitor, monitorRequest, type MonitorRequest, type MonitorOutcome } from './run-monitor.js';
export { openRollback, gitAuth, type RollbackRequest, type RollbackResult } from '../rollback/index.js';

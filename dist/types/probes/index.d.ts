/**
 * Probes of a running app shared by the deploy's smoke tests and the monitor: its health
 * endpoint and its WebSocket, one at a time or several per run.
 */
export { probeHealth, type HealthProbe, type HealthProbeOptions } from './health.js';
export { parseHealthBody, toHealthStatus, type HealthBody, type HealthStatus } from './health-format.js';
export { probeWebSocket, withCorrelationId, correlationOf, type WebSocketProbe, type WebSocketProbeOptions, } from './websocket.js';
export { probeMany, MAX_PROBES, type ProbeManyOptions } from './many.js';

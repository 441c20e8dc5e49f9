/** The deploy's public API: the use case, its ports for GitHub and the local forge, its report. */
export { runDeploy, type DeployDeps, type DeployRequest } from './run.js';
export { deployReport } from './report.js';
export { githubDeployPorts, localDeployPorts, type DeployPorts } from './forges.js';
export type { DeployOutcome, DeployResult } from './types.js';
export { deployFromRuntime } from './run-from-runtime.js';

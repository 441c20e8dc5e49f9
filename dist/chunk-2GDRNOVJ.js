import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  captureException,
  close,
  init
} from "./chunk-SAYTKASY.js";
import {
  TOOL
} from "./chunk-VHZ4TNNN.js";
import {
  LaunchgateError
} from "./chunk-KA2W5GDI.js";

// src/deploy/own-errors.ts
var FLUSH_MS = 2e3;
function isPipelineError(error) {
  return !(error instanceof LaunchgateError && error.isUserError);
}
async function reportPipelineErrors(options, body) {
  const dsn = options.dsn?.trim();
  if (!dsn) return body();
  init({
    dsn,
    release: `${TOOL.name}@${TOOL.version}`,
    environment: options.environment,
    // Errors only: no tracing, no auto-instrumentation of the process we run in, no runtime hooks.
    defaultIntegrations: false,
    tracesSampleRate: 0,
    enableOpenTelemetrySetup: false,
    enableRuntimeChannelInjection: false,
    initialScope: { tags: { surface: options.surface, capability: "deploy" } }
  });
  try {
    return await body();
  } catch (error) {
    if (isPipelineError(error)) captureException(error);
    throw error;
  } finally {
    await close(FLUSH_MS);
  }
}

export {
  reportPipelineErrors
};

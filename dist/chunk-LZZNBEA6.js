import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/monitor/cron.ts
async function withCronCheckIn(options, body) {
  if (!options.dsn) return body();
  const Sentry = await import("./esm-BTIZ5FUT.js");
  Sentry.initWithoutDefaultIntegrations({
    dsn: options.dsn,
    environment: options.environment,
    enableOpenTelemetrySetup: false,
    // Nor register module loader hooks: a check-in needs none of the SDK's instrumentation.
    enableRuntimeChannelInjection: false
  });
  const monitorConfig = {
    schedule: { type: "crontab", value: options.schedule },
    checkinMargin: 5,
    maxRuntime: options.maxRuntimeMinutes ?? 10,
    timezone: "Etc/UTC"
  };
  try {
    return await Sentry.withMonitor(options.slug, body, monitorConfig);
  } catch (error) {
    Sentry.captureException(error);
    throw error;
  } finally {
    await Sentry.close(options.flushTimeoutMs ?? 5e3);
  }
}

export {
  withCronCheckIn
};

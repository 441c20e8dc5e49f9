import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  MONITOR_SCHEDULE,
  judgeReplay,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor,
  thresholdsFromConfig
} from "./chunk-SNLX56KK.js";
import {
  LocalForge,
  gitAuth
} from "./chunk-KPNDZGYK.js";
import {
  parseRepo
} from "./chunk-7LINYY5G.js";
import {
  readInputFile
} from "./chunk-XEJXVRDQ.js";

// src/monitor/run-monitor.ts
import path from "node:path";

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

// src/monitor/run-monitor.ts
function monitorRequest(runtime, charts) {
  const { request } = runtime;
  const forge = request.text("forge") ?? "github";
  if (forge !== "github" && forge !== "local") {
    throw runtime.requestError(`forge must be github or local, got '${forge}'`, "forge");
  }
  return {
    replay: request.text("replay"),
    dryRun: request.flag("dry-run"),
    force: request.flag("force"),
    environment: request.text("environment"),
    charts,
    forge,
    gitDir: request.text("git-dir"),
    stateDir: request.text("state-dir")
  };
}
async function runMonitor(runtime, request) {
  const { config } = await runtime.config();
  const monitor = config.monitor;
  if (request.replay !== void 0) {
    const file = request.replay;
    const text = await readInputFile(path.resolve(runtime.cwd, file), { display: file, what: "replay file" });
    return judgeReplay(text, file, thresholdsFromConfig(monitor), { charts: request.charts });
  }
  const setup = {
    ...request.forge === "local" ? await localSetup(runtime, request) : githubSetup(runtime, monitor),
    config: monitor,
    sentry: (target) => runtime.sentry({ ...target, token: runtime.request.secret("sentry-token", "SENTRY_AUTH_TOKEN") }),
    logger: runtime.logger
  };
  const settings = liveMonitorSettings(monitor, request);
  const cron = {
    dsn: runtime.request.secret("sentry-dsn", "LAUNCHGATE_SENTRY_DSN"),
    slug: monitor.sentry?.["cron-slug"] ?? "launchgate-monitor",
    schedule: MONITOR_SCHEDULE,
    environment: settings.environment
  };
  const live = await withCronCheckIn(cron, () => runLiveMonitor(liveMonitorDeps(setup), settings));
  return { report: live.report, exitCode: live.exitCode, live };
}
function gitEnv(runtime) {
  return Object.fromEntries(
    Object.entries(runtime.env).filter((e) => e[1] !== void 0)
  );
}
async function localSetup(runtime, request) {
  if (!request.gitDir || !request.stateDir) {
    throw runtime.requestError("--forge local needs --git-dir <bare repo> and --state-dir <dir>", "forge");
  }
  const env = gitEnv(runtime);
  const forge = await LocalForge.open({
    gitDir: path.resolve(runtime.cwd, request.gitDir),
    stateDir: path.resolve(runtime.cwd, request.stateDir),
    repo: parseRepo(runtime.request.text("repo")) ?? { owner: "local", repo: "app" },
    env
  });
  return { forge, git: { env } };
}
function githubSetup(runtime, monitor) {
  const repo = runtime.repo("to judge recorded samples offline instead, pass --replay <file>");
  const appToken = runtime.request.secret("app-token", monitor["app-token-env"]);
  const inWorkflow = runtime.surface === "action" || runtime.env.GITHUB_ACTIONS === "true";
  const auth = inWorkflow ? gitAuth(appToken ?? runtime.token, runtime.env.GITHUB_SERVER_URL) : { env: {} };
  if ("secret" in auth && auth.secret) runtime.mask(auth.secret);
  const octokit = runtime.github();
  return {
    forge: runtime.forge(),
    writeForge: appToken ? runtime.forge(appToken) : void 0,
    github: { octokit, repo },
    // The checkout the workflow made: the revert is written here and pushed to origin.
    git: { dir: runtime.root, env: { ...gitEnv(runtime), ...auth.env } },
    logUrl: runtime.runUrl()
  };
}

export {
  monitorRequest,
  runMonitor
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  withCronCheckIn
} from "./chunk-LZZNBEA6.js";
import {
  MONITOR_SCHEDULE,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor,
  workflowRunUrl
} from "./chunk-P5B4PM6E.js";
import {
  gitAuth
} from "./chunk-76LBPFTR.js";
import {
  publishReport
} from "./chunk-5ISALAKX.js";
import {
  debug,
  getBooleanInput,
  getInput,
  info,
  readCommonInputs,
  readRunContext,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunk-TMHFKGZV.js";
import {
  GitHubForge,
  createGitHubClient
} from "./chunk-JNFGD4KX.js";
import {
  loadConfig
} from "./chunk-YOIBVPTW.js";

// src/actions/monitor.ts
function secretInput(name, fallback) {
  const value = getInput(name) || fallback || void 0;
  if (value) setSecret(value);
  return value;
}
function client(token, env) {
  return createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL,
    log: { warning: (m) => warning(m), debug: (m) => debug(m) },
    retryAfterBaseMs: env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : void 0,
    writeSpacingMs: env.LAUNCHGATE_WRITE_SPACING_MS ? Number(env.LAUNCHGATE_WRITE_SPACING_MS) : void 0
  });
}
async function monitorAction(env = process.env) {
  const inputs = readCommonInputs(env);
  const { repo } = readRunContext(env);
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
  const monitor = config.monitor;
  const appToken = secretInput("app-token", env[monitor["app-token-env"]]);
  const octokit = client(inputs.token, env);
  const auth = gitAuth(appToken ?? inputs.token, env.GITHUB_SERVER_URL);
  if (auth.secret) setSecret(auth.secret);
  const logger = { info: (m) => info(m), warning: (m) => warning(m) };
  const deps = liveMonitorDeps({
    config: monitor,
    forge: new GitHubForge(octokit, repo),
    writeForge: appToken ? new GitHubForge(client(appToken, env), repo) : void 0,
    github: { octokit, repo },
    sentryToken: secretInput("sentry-token", env.SENTRY_AUTH_TOKEN),
    sentryRetryBaseMs: env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : void 0,
    // The checkout the workflow made: the revert is written here and pushed to origin.
    git: { dir: inputs.root, env: auth.env },
    logUrl: workflowRunUrl(env, repo),
    logger
  });
  const settings = liveMonitorSettings(monitor, {
    dryRun: getBooleanInput("dry-run"),
    force: getBooleanInput("force"),
    charts: true,
    environment: getInput("environment") || void 0
  });
  const cron = {
    dsn: secretInput("sentry-dsn", env.LAUNCHGATE_SENTRY_DSN),
    slug: monitor.sentry?.["cron-slug"] ?? "launchgate-monitor",
    schedule: MONITOR_SCHEDULE,
    environment: settings.environment
  };
  const run = await withCronCheckIn(cron, () => runLiveMonitor(deps, settings));
  await publishReport(run.report, { rootInWorkspace: inputs.rootInWorkspace });
  setOutput("decision", run.result?.decision ?? "idle");
  setOutput("pull-request", String(run.rollback?.pullRequest?.number ?? ""));
  setOutput("issue", String(run.rollback?.issue?.number ?? run.blindIssue?.number ?? ""));
  info(run.report.title);
  if (run.rollback?.problem) warning(run.rollback.problem);
  if (run.result?.decision === "rollback") setFailed(`launchgate monitor: ${run.report.title}`);
  else if (run.result?.decision === "inconclusive") warning(run.report.title);
}

export {
  monitorAction
};

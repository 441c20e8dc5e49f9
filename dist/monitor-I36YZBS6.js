import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-YWJ33PDR.js";
import {
  LocalForge
} from "./chunk-SLU4F6YA.js";
import "./chunk-MGPC6M6L.js";
import {
  withCronCheckIn
} from "./chunk-LZZNBEA6.js";
import {
  MONITOR_SCHEDULE,
  judgeReplay,
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor,
  thresholdsFromConfig,
  workflowRunUrl
} from "./chunk-P5B4PM6E.js";
import {
  gitAuth
} from "./chunk-76LBPFTR.js";
import "./chunk-4YTG5KAX.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  GitHubForge,
  createGitHubClient
} from "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import {
  emitReport
} from "./chunk-KOKZDJOV.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-U3ZWNE57.js";
import "./chunk-VYLDFHRP.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  loadConfig,
  readInputFile
} from "./chunk-YOIBVPTW.js";
import {
  UsageError
} from "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/monitor.ts
import path from "node:path";
function registerMonitor(program, io, done) {
  withCommonOptions(
    program.command("monitor").description("judge a deploy: healthy (exit 0), rollback (1) or inconclusive (3)").option(
      "--replay <file>",
      "judge recorded samples offline (JSON: deployment, now, thresholds, samples)"
    ).option("--dry-run", "report what would be done without acting").option("--force", "check now even when the cadence says no check is due").option("--environment <name>", "the deployment environment to watch (default: the config, production)").option("--forge <kind>", "github, or local for the rehearsal", "github").option(
      "--repo <owner/name>",
      "the repository (default: GITHUB_REPOSITORY; local/app for the local forge)"
    ).option("--git-dir <dir>", "local forge: the bare repository deploys land in").option("--state-dir <dir>", "local forge: the folder of the forge's JSON state")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
    if (typeof raw.replay === "string") return done(await replay(raw.replay, io, options, config.monitor));
    done(await live(raw, io, options, config.monitor));
  });
}
async function replay(file, io, options, config) {
  const text = await readInputFile(path.resolve(io.cwd, file), { display: file, what: "replay file" });
  const run = judgeReplay(text, file, thresholdsFromConfig(config), { charts: options.format === "markdown" });
  return emitReport(io, run.report, options.format, run.exitCode);
}
async function live(raw, io, options, config) {
  const logger = {
    info: (m) => io.stderr(`${m}
`),
    warning: (m) => io.stderr(`warning: ${m}
`)
  };
  const setup = {
    ...raw.forge === "local" ? await localForge(raw, io) : githubForge(raw, io, options, config, logger),
    config,
    sentryToken: io.env.SENTRY_AUTH_TOKEN,
    sentryRetryBaseMs: numberOf(io.env.LAUNCHGATE_RETRY_BASE_MS),
    logger
  };
  const settings = liveMonitorSettings(config, {
    dryRun: raw.dryRun === true,
    force: raw.force === true,
    charts: options.format === "markdown",
    environment: typeof raw.environment === "string" ? raw.environment : void 0
  });
  const cron = {
    dsn: io.env.LAUNCHGATE_SENTRY_DSN,
    slug: config.sentry?.["cron-slug"] ?? "launchgate-monitor",
    schedule: MONITOR_SCHEDULE,
    environment: settings.environment
  };
  const run = await withCronCheckIn(cron, () => runLiveMonitor(liveMonitorDeps(setup), settings));
  logger.info(`launchgate monitor: ${run.report.title}`);
  return emitReport(io, run.report, options.format, run.exitCode);
}
function repoOf(value, fallback) {
  const text = typeof value === "string" ? value : fallback;
  const [owner, repo, ...rest] = (text ?? "").split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      "the live monitor needs the repository: --repo owner/name (or GITHUB_REPOSITORY); to judge recorded samples offline instead, pass --replay <file>"
    );
  }
  return { owner, repo };
}
async function localForge(raw, io) {
  if (typeof raw.gitDir !== "string" || typeof raw.stateDir !== "string") {
    throw new UsageError("--forge local needs --git-dir <bare repo> and --state-dir <dir>");
  }
  const env = Object.fromEntries(
    Object.entries(io.env).filter((e) => e[1] !== void 0)
  );
  const forge = await LocalForge.open({
    gitDir: path.resolve(io.cwd, raw.gitDir),
    stateDir: path.resolve(io.cwd, raw.stateDir),
    repo: repoOf(raw.repo, "local/app"),
    env
  });
  return { forge, git: { env } };
}
function githubForge(raw, io, options, config, logger) {
  const repo = repoOf(raw.repo, io.env.GITHUB_REPOSITORY);
  const client = (token2) => createGitHubClient({
    token: token2,
    baseUrl: io.env.GITHUB_API_URL,
    log: logger,
    retryAfterBaseMs: numberOf(io.env.LAUNCHGATE_RETRY_BASE_MS),
    writeSpacingMs: numberOf(io.env.LAUNCHGATE_WRITE_SPACING_MS)
  });
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  const octokit = client(token);
  const appToken = io.env[config["app-token-env"]];
  const auth = io.env.GITHUB_ACTIONS === "true" ? gitAuth(appToken || token, io.env.GITHUB_SERVER_URL).env : {};
  const env = {
    ...Object.fromEntries(Object.entries(io.env).filter((e) => e[1] !== void 0)),
    ...auth
  };
  return {
    forge: new GitHubForge(octokit, repo),
    // Inside a workflow's `run:` step, each recorded run links to the workflow run.
    logUrl: workflowRunUrl(io.env, repo),
    writeForge: appToken ? new GitHubForge(client(appToken), repo) : void 0,
    github: { octokit, repo },
    git: { dir: options.root, env }
  };
}
function numberOf(value) {
  return value === void 0 || value === "" ? void 0 : Number(value);
}
export {
  registerMonitor
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  githubDeployPorts,
  localDeployPorts,
  neededSecrets,
  parseSkips,
  runDeploy,
  systemClock
} from "./chunk-3SU2CL7W.js";
import {
  captureException,
  close,
  init
} from "./chunk-SAYTKASY.js";
import {
  gitAuth,
  openRollback
} from "./chunk-KPNDZGYK.js";
import {
  parseRepo
} from "./chunk-7LINYY5G.js";
import {
  TOOL
} from "./chunk-4VAGRVGA.js";
import {
  LaunchgateError
} from "./chunk-WONG65HV.js";

// src/deploy/run-from-runtime.ts
import path from "node:path";

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

// src/deploy/run-from-runtime.ts
async function deployFromRuntime(runtime) {
  const { request, env } = runtime;
  const dsn = request.secret("sentry-dsn", "LAUNCHGATE_SENTRY_DSN");
  const loaded = await runtime.config();
  const config = {
    ...loaded.config.deploy,
    environment: request.text("environment") ?? loaded.config.deploy.environment
  };
  for (const { name: name2 } of neededSecrets(config)) {
    const value = env[name2];
    if (value) runtime.mask(value);
  }
  const skips = [
    ...parseSkips(config.checklist.skip.join(","), "deploy.checklist.skip"),
    ...parseSkips(request.text("skip-checklist-item") ?? "", request.label("skip-checklist-item"))
  ];
  const runId = env.GITHUB_RUN_ID;
  const name = runtime.surface === "action" ? `launchgate run ${runId ?? ""}`.trim() : "launchgate deploy (CLI)";
  return reportPipelineErrors(
    { dsn, surface: runtime.surface, environment: config.environment },
    async () => runDeploy(
      {
        ...await portsFor(runtime),
        env,
        clock: systemClock,
        log: (line) => runtime.logger.info(line),
        openRollback,
        name,
        ...runtime.surface === "action" ? { logUrl: runtime.runUrl() } : {},
        http: runtime.http,
        sentry: runtime.sentry
      },
      { config, dryRun: request.flag("dry-run"), skips }
    )
  );
}
async function portsFor(runtime) {
  const { request } = runtime;
  if ((request.text("forge") ?? "github") === "local") {
    const gitDirText = request.text("git-dir");
    if (gitDirText === void 0) {
      throw runtime.requestError("--forge local needs --git-dir <bare repository>", "git-dir");
    }
    const gitDir = path.resolve(runtime.cwd, gitDirText);
    const stateText = request.text("state-dir");
    const stateDir = stateText ? path.resolve(runtime.cwd, stateText) : path.join(gitDir, "launchgate-forge");
    const repoText = request.text("repo");
    const repo = repoText === void 0 ? { owner: "local", repo: "app" } : parseRepo(repoText);
    if (!repo) throw runtime.requestError(`--repo must be owner/name, got ${repoText}`, "repo");
    return localDeployPorts({ gitDir, stateDir, repo, env: gitEnvOf(runtime.env) });
  }
  const ports = githubDeployPorts({
    client: runtime.github(),
    repo: runtime.repo(),
    checkoutDir: runtime.root
  });
  if (runtime.surface !== "action") return ports;
  const auth = gitAuth(runtime.token, runtime.env.GITHUB_SERVER_URL);
  if (auth.secret) runtime.mask(auth.secret);
  return { ...ports, rollbackGit: { dir: runtime.cwd, env: auth.env } };
}
function gitEnvOf(env) {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => v !== void 0 && (k.startsWith("GIT_") || k === "HOME" || k === "XDG_CONFIG_HOME")
    )
  );
}

export {
  deployFromRuntime
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reportPipelineErrors
} from "./chunk-2GDRNOVJ.js";
import {
  systemClock
} from "./chunk-OII2YR7E.js";
import {
  deployReport,
  githubDeployPorts
} from "./chunk-ITF5E6B6.js";
import {
  neededSecrets,
  parseSkips,
  runDeploy
} from "./chunk-QQ3CEN3U.js";
import {
  gitAuth,
  openRollback
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
  loadConfig
} from "./chunk-YOIBVPTW.js";

// src/actions/deploy.ts
async function deployAction(env = process.env) {
  const inputs = readCommonInputs(env);
  const context = readRunContext(env);
  const dsn = getInput("sentry-dsn");
  if (dsn) setSecret(dsn);
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
  const deploy = { ...config.deploy, environment: getInput("environment") || config.deploy.environment };
  for (const { name } of neededSecrets(deploy)) if (env[name]) setSecret(env[name]);
  const skips = [
    ...parseSkips(deploy.checklist.skip.join(","), "deploy.checklist.skip"),
    ...parseSkips(getInput("skip-checklist-item"), "the skip-checklist-item input")
  ];
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const rollbackAuth = gitAuth(inputs.token, env.GITHUB_SERVER_URL);
  if (rollbackAuth.secret) setSecret(rollbackAuth.secret);
  const retryBaseMs = env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : void 0;
  const ports = githubDeployPorts({
    ...{ token: inputs.token, repo: context.repo, apiUrl: env.GITHUB_API_URL, checkoutDir: inputs.root },
    log: { warning: (m) => warning(m), debug: (m) => debug(m) },
    retryAfterBaseMs: retryBaseMs,
    writeSpacingMs: env.LAUNCHGATE_WRITE_SPACING_MS ? Number(env.LAUNCHGATE_WRITE_SPACING_MS) : void 0
  });
  const runUrl = `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${context.repo.owner}/${context.repo.repo}/actions/runs/${env.GITHUB_RUN_ID ?? ""}`;
  const outcome = await reportPipelineErrors(
    { dsn, surface: "action", environment: deploy.environment },
    () => runDeploy(
      {
        ...ports,
        rollbackGit: { dir: workspace, env: rollbackAuth.env },
        ...{ env, clock: systemClock, log: (line) => info(line), openRollback },
        ...{ logUrl: runUrl, name: `launchgate run ${env.GITHUB_RUN_ID ?? ""}`.trim() },
        http: { retryBaseMs, log: { warning: (m) => warning(m) } }
      },
      { config: deploy, dryRun: getBooleanInput("dry-run"), skips }
    )
  );
  const report = deployReport(outcome);
  await publishReport(report, { rootInWorkspace: inputs.rootInWorkspace });
  setOutput("sha", outcome.sha ?? "");
  setOutput("deployment-id", outcome.deployment ? String(outcome.deployment.id) : "");
  setOutput("result", outcome.result);
  if (!report.ok) setFailed(`launchgate deploy: ${outcome.message}`);
}

export {
  deployAction
};

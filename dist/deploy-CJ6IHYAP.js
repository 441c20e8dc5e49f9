import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-YWJ33PDR.js";
import {
  reportPipelineErrors
} from "./chunk-2GDRNOVJ.js";
import {
  systemClock
} from "./chunk-OII2YR7E.js";
import {
  deployReport,
  githubDeployPorts,
  localDeployPorts,
  parseRepo
} from "./chunk-ITF5E6B6.js";
import {
  parseSkips,
  runDeploy
} from "./chunk-QQ3CEN3U.js";
import "./chunk-SLU4F6YA.js";
import "./chunk-MGPC6M6L.js";
import "./chunk-SAYTKASY.js";
import {
  openRollback
} from "./chunk-76LBPFTR.js";
import "./chunk-4YTG5KAX.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import {
  emitReport
} from "./chunk-KOKZDJOV.js";
import {
  Option
} from "./chunk-QAQJHAYC.js";
import "./chunk-U3ZWNE57.js";
import "./chunk-VYLDFHRP.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  loadConfig
} from "./chunk-YOIBVPTW.js";
import {
  UsageError
} from "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/deploy.ts
import path from "node:path";
function registerDeploy(program, io, done) {
  withCommonOptions(
    program.command("deploy").description("checklist, merge staging into main, wait until live, smoke tests, deployment record")
  ).option("--dry-run", "run the checklist and say what would be merged; change nothing").option("--skip-checklist-item <ids>", "checklist items to skip this time, comma separated").option("--environment <name>", "deployment environment (default: deploy.environment of the config)").addOption(
    new Option("--forge <kind>", "where branches, checks and deployments live").choices(["github", "local"]).default("github")
  ).option("--git-dir <dir>", "local forge: the git remote (bare repository) to deploy").option("--state-dir <dir>", "local forge: folder of its records (default: <git-dir>/launchgate-forge)").option("--repo <owner/name>", "repository (default: GITHUB_REPOSITORY; local/app for the local forge)").option("--api-url <url>", "GitHub API URL (default: GITHUB_API_URL, then api.github.com)").action(async (raw) => {
    const options = commonOptions(raw, io);
    const loaded = await loadConfig({ root: options.root, configPath: options.configPath });
    const config = {
      ...loaded.config.deploy,
      ...typeof raw.environment === "string" ? { environment: raw.environment } : {}
    };
    const skips = [
      ...parseSkips(config.checklist.skip.join(","), "deploy.checklist.skip"),
      ...parseSkips(
        typeof raw.skipChecklistItem === "string" ? raw.skipChecklistItem : "",
        "--skip-checklist-item"
      )
    ];
    const log = (line) => io.stderr(`${line}
`);
    const dsn = io.env.LAUNCHGATE_SENTRY_DSN;
    const outcome = await reportPipelineErrors(
      { dsn, surface: "cli", environment: config.environment },
      async () => {
        const ports = await portsFor(raw, io, options.root);
        return runDeploy(
          { ...ports, env: io.env, clock: systemClock, log, openRollback, name: "launchgate deploy (CLI)" },
          { config, dryRun: raw.dryRun === true, skips }
        );
      }
    );
    done(emitReport(io, deployReport(outcome), options.format));
  });
}
async function portsFor(raw, io, root) {
  const repoText = typeof raw.repo === "string" ? raw.repo : void 0;
  if (raw.forge === "local") {
    if (typeof raw.gitDir !== "string")
      throw new UsageError("--forge local needs --git-dir <bare repository>");
    const gitDir = path.resolve(io.cwd, raw.gitDir);
    const stateDir = typeof raw.stateDir === "string" ? path.resolve(io.cwd, raw.stateDir) : path.join(gitDir, "launchgate-forge");
    const repo2 = repoText === void 0 ? { owner: "local", repo: "app" } : parseRepo(repoText);
    if (!repo2) throw new UsageError(`--repo must be owner/name, got ${repoText}`);
    return localDeployPorts({ gitDir, stateDir, repo: repo2, env: gitEnvOf(io.env) });
  }
  const repo = parseRepo(repoText ?? io.env.GITHUB_REPOSITORY);
  if (!repo)
    throw new UsageError(
      "name the repository with --repo owner/name (or GITHUB_REPOSITORY), or use --forge local"
    );
  return githubDeployPorts({
    token: io.env.GITHUB_TOKEN,
    repo,
    apiUrl: typeof raw.apiUrl === "string" ? raw.apiUrl : io.env.GITHUB_API_URL,
    checkoutDir: root,
    log: { warning: (m) => io.stderr(`warning: ${m}
`) },
    retryAfterBaseMs: numberOr(io.env.LAUNCHGATE_RETRY_BASE_MS),
    writeSpacingMs: numberOr(io.env.LAUNCHGATE_WRITE_SPACING_MS)
  });
}
function gitEnvOf(env) {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => v !== void 0 && (k.startsWith("GIT_") || k === "HOME" || k === "XDG_CONFIG_HOME")
    )
  );
}
function numberOr(text) {
  return text ? Number(text) : void 0;
}
export {
  registerDeploy
};

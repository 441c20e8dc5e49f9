import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-75CLYDBS.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import {
  deployFromRuntime
} from "./chunk-ONDUXFVD.js";
import {
  deployReport
} from "./chunk-3SU2CL7W.js";
import "./chunk-YIBJJH5B.js";
import "./chunk-7YKWWXRC.js";
import "./chunk-SAYTKASY.js";
import "./chunk-KPNDZGYK.js";
import "./chunk-3FP6HW4Y.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-TQIISSPJ.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-7LINYY5G.js";
import "./chunk-FK6VXFIS.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-XVBKFZHQ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  emitReport
} from "./chunk-4NM4Y4CI.js";
import {
  Option
} from "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/deploy.ts
function registerDeploy(program, io, done) {
  withCommonOptions(
    program.command("deploy").description("checklist, merge staging into main, wait until live, smoke tests, deployment record")
  ).option("--dry-run", "run the checklist and say what would be merged; change nothing").option("--skip-checklist-item <ids>", "checklist items to skip this time, comma separated").option("--environment <name>", "deployment environment (default: deploy.environment of the config)").addOption(
    new Option("--forge <kind>", "where branches, checks and deployments live").choices(["github", "local"]).default("github")
  ).option("--git-dir <dir>", "local forge: the git remote (bare repository) to deploy").option("--state-dir <dir>", "local forge: folder of its records (default: <git-dir>/launchgate-forge)").option("--repo <owner/name>", "repository (default: GITHUB_REPOSITORY; local/app for the local forge)").option("--api-url <url>", "GitHub API URL (default: GITHUB_API_URL, then api.github.com)").action(async (raw) => {
    const options = commonOptions(raw, io);
    const outcome = await deployFromRuntime(cliRuntime(io, options, raw));
    done(emitReport(io, deployReport(outcome), options.format));
  });
}
export {
  registerDeploy
};

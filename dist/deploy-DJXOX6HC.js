import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-WGRYZC5A.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-C5MRCBVV.js";
import {
  deployFromRuntime
} from "./chunk-AMGWPJW7.js";
import "./chunk-OII2YR7E.js";
import "./chunk-SAYTKASY.js";
import {
  deployReport
} from "./chunk-Y2LWM5X2.js";
import "./chunk-WTFZHDIL.js";
import "./chunk-3I4ZS26T.js";
import "./chunk-ZBQHP2DW.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-UJDTJT5C.js";
import "./chunk-SPUF24IV.js";
import "./chunk-ZXZXPSFL.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import {
  emitReport
} from "./chunk-JFKAUZUJ.js";
import {
  Option
} from "./chunk-QAQJHAYC.js";
import "./chunk-BHVC3RVF.js";
import "./chunk-GTKKQRFR.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import "./chunk-JV5E3EH5.js";
import "./chunk-KA2W5GDI.js";
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

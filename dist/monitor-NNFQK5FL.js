import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-75CLYDBS.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import {
  monitorRequest,
  runMonitor
} from "./chunk-KAIBYGF6.js";
import "./chunk-SNLX56KK.js";
import "./chunk-KPNDZGYK.js";
import "./chunk-3FP6HW4Y.js";
import "./chunk-X3IRMFFO.js";
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
import "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/monitor.ts
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
    const runtime = cliRuntime(io, options, raw);
    const outcome = await runMonitor(runtime, monitorRequest(runtime, options.format === "markdown"));
    if (outcome.live) runtime.logger.info(`launchgate monitor: ${outcome.report.title}`);
    done(emitReport(io, outcome.report, options.format, outcome.exitCode));
  });
}
export {
  registerMonitor
};

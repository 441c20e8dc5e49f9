import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-NGRZXCQF.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-4YPJNRI6.js";
import {
  monitorRequest,
  runMonitor
} from "./chunk-AXJXZWJP.js";
import "./chunk-GW7T6MUS.js";
import "./chunk-WMOROTDW.js";
import "./chunk-3FP6HW4Y.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-TQIISSPJ.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-NJNMTNVV.js";
import "./chunk-Q4ZFXHJ7.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import {
  emitReport
} from "./chunk-FVSTXQMU.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-37G4TMVK.js";
import "./chunk-MYW3VG5C.js";
import "./chunk-EAUYJHNS.js";
import "./chunk-X3BO67NU.js";
import "./chunk-ZD2PMLDB.js";
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

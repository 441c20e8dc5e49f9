import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-WGRYZC5A.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-C5MRCBVV.js";
import {
  monitorRequest,
  runMonitor
} from "./chunk-Q5ASPBVD.js";
import "./chunk-N6NJVHM2.js";
import "./chunk-3I4ZS26T.js";
import "./chunk-ZBQHP2DW.js";
import "./chunk-X3IRMFFO.js";
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
import "./chunk-QAQJHAYC.js";
import "./chunk-BHVC3RVF.js";
import "./chunk-GTKKQRFR.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import "./chunk-JV5E3EH5.js";
import "./chunk-KA2W5GDI.js";
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

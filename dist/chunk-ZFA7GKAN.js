import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  monitorRequest,
  runMonitor
} from "./chunk-KAIBYGF6.js";
import {
  publishReport
} from "./chunk-S2W6HFKL.js";
import {
  runAction
} from "./chunk-DOYG3ACD.js";
import {
  setFailed,
  setOutput
} from "./chunk-GHAYBQNU.js";

// src/actions/monitor.ts
async function monitorAction(runtime) {
  const { live, report } = await runMonitor(runtime, monitorRequest(runtime, true));
  await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace });
  setOutput("decision", live?.result?.decision ?? "idle");
  setOutput("pull-request", String(live?.rollback?.pullRequest?.number ?? ""));
  setOutput("issue", String(live?.rollback?.issue?.number ?? live?.blindIssue?.number ?? ""));
  runtime.logger.info(report.title);
  if (live?.rollback?.problem) runtime.logger.warning(live.rollback.problem);
  if (live?.result?.decision === "rollback") setFailed(`launchgate monitor: ${report.title}`);
  else if (live?.result?.decision === "inconclusive") runtime.logger.warning(report.title);
}
var run = () => runAction("monitor", monitorAction);

export {
  monitorAction,
  run
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployFromRuntime
} from "./chunk-ONDUXFVD.js";
import {
  deployReport
} from "./chunk-3SU2CL7W.js";
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

// src/actions/deploy.ts
async function deployAction(runtime) {
  const outcome = await deployFromRuntime(runtime);
  const report = deployReport(outcome);
  await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace });
  setOutput("sha", outcome.sha ?? "");
  setOutput("deployment-id", outcome.deployment ? String(outcome.deployment.id) : "");
  setOutput("result", outcome.result);
  if (!report.ok) setFailed(`launchgate deploy: ${outcome.message}`);
}
var run = () => runAction("deploy", deployAction);

export {
  deployAction,
  run
};

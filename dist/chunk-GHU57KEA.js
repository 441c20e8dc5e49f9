import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationFromRuntime
} from "./chunk-U42YZQM4.js";
import {
  commentStyle,
  headCommit,
  publishPullRequestComment,
  publishReport
} from "./chunk-S2W6HFKL.js";
import {
  runAction
} from "./chunk-DOYG3ACD.js";
import {
  setFailed,
  setOutput
} from "./chunk-GHAYBQNU.js";

// src/actions/consolidation.ts
async function consolidationAction(runtime) {
  commentStyle(runtime);
  const report = await consolidationFromRuntime(runtime);
  await publishReport(report, {
    sarif: true,
    rootInWorkspace: runtime.rootInWorkspace,
    gate: { head: headCommit(runtime) }
  });
  setOutput("violations", String(report.data?.violations?.length ?? 0));
  const pullNumber = runtime.event().pullNumber;
  if (pullNumber && runtime.request.flag("comment")) {
    await publishPullRequestComment(runtime, pullNumber, report);
  }
  if (!report.ok) setFailed(`launchgate consolidation: ${report.title}`);
}
var run = () => runAction("consolidation", consolidationAction);

export {
  consolidationAction,
  run
};

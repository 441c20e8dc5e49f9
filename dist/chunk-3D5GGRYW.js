import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterBenchRequest,
  runPrefilterBench
} from "./chunk-G2ZA777P.js";
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

// src/actions/prefilter.ts
async function prefilterAction(runtime) {
  commentStyle(runtime);
  const { report, head } = await runPrefilterBench(runtime, prefilterBenchRequest(runtime));
  await publishReport(report, {
    rootInWorkspace: runtime.rootInWorkspace,
    gate: { head: headCommit(runtime) }
  });
  const figures = head.run.figures;
  setOutput("token-reduction", figures.tokenReduction.mean.toFixed(4));
  setOutput("completeness", figures.completeness.toFixed(4));
  const pullNumber = runtime.event().pullNumber;
  if (pullNumber && runtime.request.flag("comment")) {
    await publishPullRequestComment(runtime, pullNumber, report);
  }
  if (!report.ok) setFailed(`launchgate prefilter: ${report.title}`);
}
var run = () => runAction("prefilter", prefilterAction);

export {
  prefilterAction,
  run
};

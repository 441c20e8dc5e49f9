import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  runConsolidation
} from "./chunk-6UVTTQ7H.js";
import {
  publishPullRequestComment,
  publishReport
} from "./chunk-5ISALAKX.js";
import {
  getBooleanInput,
  getInput,
  githubForge,
  readCommonInputs,
  readRunContext,
  setFailed,
  setOutput
} from "./chunk-TMHFKGZV.js";
import {
  loadConfig
} from "./chunk-YOIBVPTW.js";

// src/actions/consolidation.ts
async function consolidationAction() {
  const inputs = readCommonInputs();
  const context = readRunContext();
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
  const since = getInput("since") || void 0;
  const report = await runConsolidation({ root: inputs.root, config: config.consolidation, since });
  await publishReport(report, { sarif: true, rootInWorkspace: inputs.rootInWorkspace });
  setOutput("violations", String(report.data?.violations?.length ?? 0));
  if (context.pullNumber && getBooleanInput("comment")) {
    await publishPullRequestComment(githubForge(inputs.token, context.repo), context.pullNumber, report);
  }
  if (!report.ok) setFailed(`launchgate consolidation: ${report.title}`);
}

export {
  consolidationAction
};

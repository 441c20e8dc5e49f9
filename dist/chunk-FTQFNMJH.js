import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  benchmarkAtRef,
  pullRequestReport
} from "./chunk-YW7ACA6Z.js";
import {
  benchmarkSources
} from "./chunk-Z3DBXTF2.js";
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
  setOutput,
  warning
} from "./chunk-TMHFKGZV.js";
import {
  confinedPath,
  loadConfig,
  readInputFile
} from "./chunk-YOIBVPTW.js";
import {
  ConfigurationError
} from "./chunk-KA2W5GDI.js";

// src/actions/prefilter.ts
async function prefilterAction() {
  const inputs = readCommonInputs();
  const context = readRunContext();
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
  const { tools, cases } = sourcesOf(config.prefilter);
  const read = (file, key) => readInputFile(confinedPath(inputs.root, file, key), { display: file, what: key });
  const head = benchmarkSources(
    { text: await read(tools, "prefilter.tools"), name: tools },
    { text: await read(cases, "prefilter.cases"), name: cases },
    config.prefilter
  );
  const baseRef = getInput("base") || context.baseSha;
  const base = baseRef ? await benchmarkAtRef(inputs.root, baseRef, inputs.configPath) : void 0;
  if (base?.problem) warning(base.note ?? "");
  const report = pullRequestReport(head, base?.benchmark, base?.note);
  await publishReport(report, { rootInWorkspace: inputs.rootInWorkspace });
  const figures = head.run.figures;
  setOutput("token-reduction", figures.tokenReduction.mean.toFixed(4));
  setOutput("completeness", figures.completeness.toFixed(4));
  if (context.pullNumber && getBooleanInput("comment")) {
    await publishPullRequestComment(githubForge(inputs.token, context.repo), context.pullNumber, report);
  }
  if (!report.ok) setFailed(`launchgate prefilter: ${report.title}`);
}
function sourcesOf(config) {
  if (!config.tools || !config.cases) {
    throw new ConfigurationError(
      "prefilter.tools and prefilter.cases must name the tool registry (JSON) and the labelled cases (JSON Lines)",
      { key: config.tools ? "prefilter.cases" : "prefilter.tools" }
    );
  }
  return { tools: config.tools, cases: config.cases };
}

export {
  prefilterAction
};

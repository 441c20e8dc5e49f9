import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  benchmarkAtRef,
  pullRequestReport
} from "./chunk-46OXVG5F.js";
import {
  benchmarkSources,
  parseAssociations
} from "./chunk-43FGFROV.js";
import {
  confinedPath,
  readInputFile
} from "./chunk-XEJXVRDQ.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";

// src/prefilter/run.ts
import path from "node:path";
function nameList(text) {
  return text?.split(",").map((s) => s.trim()).filter((s) => s !== "");
}
function prefilterBenchRequest(runtime) {
  const { request } = runtime;
  const pullRequest = runtime.surface === "action";
  return {
    tools: request.text("tools"),
    cases: request.text("cases"),
    core: nameList(request.text("core")),
    base: request.text("base") ?? (pullRequest ? runtime.event().baseSha : void 0),
    pullRequest
  };
}
function prefilterInput(runtime, given, configured, what) {
  if (given) return { absolute: path.resolve(runtime.cwd, given), shown: given };
  if (configured)
    return { absolute: confinedPath(runtime.root, configured, `prefilter.${what}`), shown: configured };
  const hint = runtime.surface === "cli" ? ` (or pass --${what} <file>)` : "";
  throw new ConfigurationError(
    what === "tools" || what === "cases" ? `prefilter.tools and prefilter.cases must name the tool registry (JSON) and the labelled cases (JSON Lines): no ${what} file${hint}` : `no ${what} file: pass --${what} <file>`,
    { key: `prefilter.${what}` }
  );
}
function readPrefilterInput(file, what) {
  return readInputFile(file.absolute, { display: file.shown, what: `${what} file` });
}
async function readAssociations(runtime) {
  const configured = (await runtime.config()).config.prefilter.associations;
  if (!configured) return void 0;
  const file = { absolute: path.resolve(runtime.root, configured), shown: configured };
  return parseAssociations(await readPrefilterInput(file, "associations"), configured);
}
async function runPrefilterBench(runtime, request) {
  const { config } = await runtime.config();
  const tools = prefilterInput(runtime, request.tools, config.prefilter.tools, "tools");
  const cases = prefilterInput(runtime, request.cases, config.prefilter.cases, "cases");
  const head = benchmarkSources(
    { text: await readPrefilterInput(tools, "tools"), name: tools.shown },
    { text: await readPrefilterInput(cases, "cases"), name: cases.shown },
    config.prefilter,
    request.core,
    await readAssociations(runtime)
  );
  if (!request.pullRequest && request.base === void 0) return { report: head.report, head };
  const base = request.base ? await benchmarkAtRef(runtime.root, request.base, runtime.configPath) : void 0;
  if (base?.problem) runtime.logger.warning(base.note ?? "");
  return { report: pullRequestReport(head, base?.benchmark, base?.note), head };
}

export {
  nameList,
  prefilterBenchRequest,
  prefilterInput,
  readPrefilterInput,
  readAssociations,
  runPrefilterBench
};

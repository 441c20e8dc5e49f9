import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  publishReport
} from "./chunk-S2W6HFKL.js";
import "./chunk-DAKBMR4D.js";
import {
  setFailed,
  setOutput
} from "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import {
  checkConfig,
  describeConfig,
  describeConfigProblems
} from "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import {
  ConfigFileError
} from "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/config.ts
async function configAction(runtime) {
  try {
    const loaded = await runtime.config();
    const report = describeConfig(loaded, await checkConfig(loaded, runtime.root));
    await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace });
    setOutput("config-file", loaded.file ?? "");
    setOutput("config-json", JSON.stringify(loaded.config));
    runtime.logger.info(report.title);
    if (!report.ok) setFailed(`launchgate config: ${report.title}`);
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    await publishReport(describeConfigProblems(error.problems), { rootInWorkspace: runtime.rootInWorkspace });
    throw error;
  }
}
export {
  configAction
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-MUA7M6FR.js";
import {
  deployAction
} from "./chunk-PFA4QX2P.js";
import {
  prefilterAction
} from "./chunk-LWCTF4AN.js";
import {
  getInput,
  info,
  publishReport,
  readCommonInputs,
  runAction,
  setOutput
} from "./chunk-IOHIJZ3M.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-L3HXLAP5.js";
import "./chunk-7W5OQUMC.js";
import "./chunk-A3DEM3RZ.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-BPGL6DGY.js";
import "./chunk-UZHQUPUM.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-HVKD6FED.js";
import "./chunk-CX5Z2YY7.js";
import {
  ConfigFileError,
  ConfigurationError,
  loadConfig
} from "./chunk-R7QSZUHX.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/config.ts
async function configAction() {
  const inputs = readCommonInputs();
  try {
    const loaded = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
    const report = describeConfig(loaded);
    await publishReport(report, { rootInWorkspace: inputs.rootInWorkspace });
    setOutput("config-file", loaded.file ?? "");
    setOutput("config-json", JSON.stringify(loaded.config));
    info(report.title);
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    await publishReport(describeConfigProblems(error.problems), { rootInWorkspace: inputs.rootInWorkspace });
    throw error;
  }
}

// src/actions/entries/main.ts
var COMMANDS = {
  config: configAction,
  consolidation: consolidationAction,
  prefilter: prefilterAction,
  deploy: () => deployAction()
};
await runAction("action", async () => {
  const command = getInput("command", { required: true });
  const run = COMMANDS[command];
  if (!run) {
    throw new ConfigurationError(
      `unknown command '${command}' for the launchgate action; expected one of: ${Object.keys(COMMANDS).join(", ")}`,
      { key: "command" }
    );
  }
  await runAction(command, run);
});

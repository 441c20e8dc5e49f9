import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-WCB5YR74.js";
import {
  prefilterAction
} from "./chunk-EQ7QQUXX.js";
import {
  getInput,
  info,
  publishReport,
  readCommonInputs,
  runAction,
  setOutput
} from "./chunk-XON5FSLA.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-RYDN5QST.js";
import "./chunk-UYRPVNWJ.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-GLMTVCGH.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4ZPCLTWQ.js";
import {
  ConfigFileError,
  ConfigurationError,
  loadConfig
} from "./chunk-JM3DCQYR.js";
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
  prefilter: prefilterAction
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

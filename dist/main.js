import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-3E2KVBBQ.js";
import {
  deployAction
} from "./chunk-OE4LRIZG.js";
import {
  prefilterAction
} from "./chunk-R2VSYM3G.js";
import {
  publishReport
} from "./chunk-YGWDMBVO.js";
import {
  getInput,
  info,
  readCommonInputs,
  runAction,
  setOutput
} from "./chunk-GWPPVDEK.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-TQZPTIHO.js";
import "./chunk-SSUUL3MM.js";
import "./chunk-O3AGD6F2.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-6SJNCHJ2.js";
import "./chunk-IOLOGB57.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-D2M37Y56.js";
import "./chunk-KXIHQP2Y.js";
import "./chunk-3255CPEB.js";
import "./chunk-TY5RRUEQ.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  ConfigFileError,
  ConfigurationError,
  loadConfig
} from "./chunk-3NXWM2HP.js";
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

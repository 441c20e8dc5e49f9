import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-NIMKYGWY.js";
import {
  consolidationAction
} from "./chunk-O3DGM7S7.js";
import "./chunk-JQAJSUAR.js";
import "./chunk-DPPD5FIM.js";
import {
  deployAction
} from "./chunk-AKL3ILD7.js";
import "./chunk-IRLTX7MP.js";
import "./chunk-OII2YR7E.js";
import "./chunk-CDBQ2JF3.js";
import "./chunk-LPSGL7S4.js";
import "./chunk-SAYTKASY.js";
import {
  monitorAction
} from "./chunk-DVVUZMAA.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-7B3GXDBR.js";
import "./chunk-66MILWF3.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  prefilterAction
} from "./chunk-2HMMPVX7.js";
import "./chunk-A5ITM7KZ.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-Y7PN6B6S.js";
import "./chunk-X3IRMFFO.js";
import {
  publishReport
} from "./chunk-7WGXGMJ3.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  getInput,
  info,
  readCommonInputs,
  runAction,
  setOutput
} from "./chunk-47KHYJ6N.js";
import "./chunk-LXNBUZOG.js";
import "./chunk-I4J3WOZZ.js";
import {
  ConfigFileError,
  loadConfig
} from "./chunk-3MIT2CS6.js";
import "./chunk-53R77K2Y.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-NKDQ4OWV.js";
import {
  ConfigurationError
} from "./chunk-NSHCIFOV.js";
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
  deploy: () => deployAction(),
  monitor: () => monitorAction()
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

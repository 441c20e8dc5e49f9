import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-HOQY53V2.js";
import {
  consolidationAction
} from "./chunk-FO27PJP3.js";
import "./chunk-XKKRQKWA.js";
import "./chunk-DPPD5FIM.js";
import {
  deployAction
} from "./chunk-3FE6GCVV.js";
import "./chunk-XPD2RRIX.js";
import "./chunk-OII2YR7E.js";
import "./chunk-BPRTGCHQ.js";
import "./chunk-ZZ5UK7IW.js";
import "./chunk-SAYTKASY.js";
import {
  monitorAction
} from "./chunk-K74DHIGS.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-PFX5QLYJ.js";
import "./chunk-6YZWRXCX.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  prefilterAction
} from "./chunk-IZ5OK5DS.js";
import "./chunk-S7R6UAZS.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-SXKPMFBB.js";
import "./chunk-X3IRMFFO.js";
import {
  publishReport
} from "./chunk-XUB3TZ4R.js";
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
} from "./chunk-4WBWCLJJ.js";
import "./chunk-3UJVD5CC.js";
import "./chunk-LVINILML.js";
import {
  ConfigFileError,
  loadConfig
} from "./chunk-PGHGRJVT.js";
import "./chunk-53R77K2Y.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-UOYHLDHL.js";
import {
  ConfigurationError
} from "./chunk-N2XHDJPJ.js";
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

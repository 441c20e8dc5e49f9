import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-XSYNM3JM.js";
import "./chunk-4NTK4KG7.js";
import "./chunk-DPPD5FIM.js";
import {
  deployAction
} from "./chunk-UUD7HEYG.js";
import "./chunk-MF7GZ2OB.js";
import "./chunk-OII2YR7E.js";
import "./chunk-OT2NTNIW.js";
import "./chunk-T3EKMBTH.js";
import "./chunk-SAYTKASY.js";
import {
  monitorAction
} from "./chunk-WTSYFSUZ.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-YD2ZPFNN.js";
import "./chunk-OMLZ5HJL.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  prefilterAction
} from "./chunk-ZUX2XENR.js";
import "./chunk-JMASDLD6.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-ACEBXIFN.js";
import "./chunk-X3IRMFFO.js";
import {
  publishReport
} from "./chunk-KSSLZR6O.js";
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
} from "./chunk-2GMUQKHN.js";
import "./chunk-FZSCJ55W.js";
import "./chunk-4WZHATC4.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-KYDCXAZH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-XRWNDKWT.js";
import {
  ConfigFileError,
  ConfigurationError,
  loadConfig
} from "./chunk-IM55PDNG.js";
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

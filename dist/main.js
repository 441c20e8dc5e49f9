import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-NJSII4QL.js";
import "./chunk-F6DTBWAC.js";
import "./chunk-GZB6QI2C.js";
import "./chunk-DPPD5FIM.js";
import {
  deployAction
} from "./chunk-NBIU2TUI.js";
import "./chunk-FWJRNQGO.js";
import "./chunk-OII2YR7E.js";
import "./chunk-XL3SEQ33.js";
import "./chunk-OUAF3EUD.js";
import "./chunk-YO6K4XAL.js";
import "./chunk-OBHO2VVF.js";
import "./chunk-SAYTKASY.js";
import {
  monitorAction
} from "./chunk-2ZIYAA3J.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-4G7FKP5V.js";
import "./chunk-FDWDRIYW.js";
import "./chunk-SMRFUBUP.js";
import {
  prefilterAction
} from "./chunk-MKFPUOAG.js";
import "./chunk-NANU3ZF6.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-B2BZPZ4I.js";
import "./chunk-QHCO5MGX.js";
import "./chunk-LQK2RHCK.js";
import "./chunk-X3IRMFFO.js";
import {
  publishReport
} from "./chunk-IPU5QVTV.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-F5ZPOXNC.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import {
  info,
  readCommonInputs,
  requiredInput,
  runAction,
  setOutput
} from "./chunk-VKMTLJXD.js";
import "./chunk-HANSU7W3.js";
import "./chunk-4QBOIYAC.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-5WWKWTY4.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-DSZSYT46.js";
import {
  ConfigFileError,
  loadConfig
} from "./chunk-TCTUFUHS.js";
import {
  ConfigurationError
} from "./chunk-HYPTKSEW.js";
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
  const command = requiredInput("command");
  const run = COMMANDS[command];
  if (!run) {
    throw new ConfigurationError(
      `unknown command '${command}' for the launchgate action; expected one of: ${Object.keys(COMMANDS).join(", ")}`,
      { key: "command" }
    );
  }
  await runAction(command, run);
});

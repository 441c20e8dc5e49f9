import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-5YZK2FKG.js";
import "./chunk-6UVTTQ7H.js";
import "./chunk-B5JBEF5E.js";
import "./chunk-DPPD5FIM.js";
import {
  deployAction
} from "./chunk-5IDJSAJW.js";
import "./chunk-2GDRNOVJ.js";
import "./chunk-OII2YR7E.js";
import "./chunk-ITF5E6B6.js";
import "./chunk-QQ3CEN3U.js";
import "./chunk-SLU4F6YA.js";
import "./chunk-MGPC6M6L.js";
import "./chunk-SAYTKASY.js";
import {
  monitorAction
} from "./chunk-TRXDSKMH.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-P5B4PM6E.js";
import "./chunk-76LBPFTR.js";
import "./chunk-4YTG5KAX.js";
import {
  prefilterAction
} from "./chunk-FTQFNMJH.js";
import "./chunk-YW7ACA6Z.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-Z3DBXTF2.js";
import "./chunk-3GGROXD5.js";
import "./chunk-ZQE65B6M.js";
import "./chunk-X3IRMFFO.js";
import {
  publishReport
} from "./chunk-5ISALAKX.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import {
  info,
  readCommonInputs,
  requiredInput,
  runAction,
  setOutput
} from "./chunk-TMHFKGZV.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-VYLDFHRP.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  ConfigFileError,
  loadConfig
} from "./chunk-YOIBVPTW.js";
import {
  ConfigurationError
} from "./chunk-KA2W5GDI.js";
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

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-OQPI4OOY.js";
import "./chunk-P4JXSKTA.js";
import "./chunk-3EXFXDTH.js";
import "./chunk-DPPD5FIM.js";
import {
  deployAction
} from "./chunk-P3H5VSZR.js";
import "./chunk-ATGPWPPL.js";
import "./chunk-OII2YR7E.js";
import "./chunk-5RVDMCGU.js";
import "./chunk-3O4TQSTH.js";
import "./chunk-GZWGUL5M.js";
import "./chunk-DC3JCGCL.js";
import "./chunk-SAYTKASY.js";
import {
  monitorAction
} from "./chunk-UEXANS3G.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-UYFANCLA.js";
import "./chunk-3QFNR3VO.js";
import "./chunk-VI4JOLYY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  prefilterAction
} from "./chunk-OS4EO5RV.js";
import "./chunk-RANQRVM6.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-T3UHIKF3.js";
import "./chunk-R6G23PVB.js";
import "./chunk-OSYDG5QL.js";
import "./chunk-X3IRMFFO.js";
import {
  publishReport
} from "./chunk-UOVNBRXP.js";
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
} from "./chunk-NAZYUBUR.js";
import "./chunk-SU646FOL.js";
import "./chunk-MULV5GKG.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-7KQ6SKYN.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W25A755P.js";
import {
  ConfigFileError,
  loadConfig
} from "./chunk-UJINPOB7.js";
import {
  ConfigurationError
} from "./chunk-QRZZAVTQ.js";
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

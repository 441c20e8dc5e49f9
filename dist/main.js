import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reportFailure,
  runAction
} from "./chunk-DOYG3ACD.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-7LINYY5G.js";
import "./chunk-FK6VXFIS.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-XVBKFZHQ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  CAPABILITIES
} from "./chunk-XEJXVRDQ.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/main.ts
function umbrellaCommands() {
  return CAPABILITIES.filter((c) => c.umbrella && c.actions?.[c.name]).map((c) => c.name);
}
var run = () => runAction("action", async (runtime) => {
  const command = runtime.request.required("command");
  const load = CAPABILITIES.find((c) => c.umbrella && c.name === command)?.actions?.[command];
  if (!load) {
    throw new ConfigurationError(
      `unknown command '${command}' for the launchgate action; expected one of: ${umbrellaCommands().join(", ")}`,
      { key: "command" }
    );
  }
  try {
    await (await load())(runtime);
  } catch (error) {
    reportFailure(command, error);
  }
});

// src/actions/entries/main.ts
await run();

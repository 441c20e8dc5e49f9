import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-4ZUE4OBM.js";
import {
  emitReport
} from "./chunk-IDXDG55H.js";
import "./chunk-5ZX32KCI.js";
import {
  describeConfig
} from "./chunk-KYDCXAZH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-XRWNDKWT.js";
import {
  loadConfig
} from "./chunk-IM55PDNG.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/config.ts
function registerConfig(program, io, done) {
  withCommonOptions(
    program.command("config").description("validate .github/launchgate.yml and show the settings")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const loaded = await loadConfig({ root: options.root, configPath: options.configPath });
    done(emitReport(io, describeConfig(loaded), options.format));
  });
}
export {
  registerConfig
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-QS5AETGL.js";
import {
  describeConfig,
  describeConfigProblems
} from "./chunk-NIMKYGWY.js";
import {
  ConfigFileError,
  loadConfig
} from "./chunk-3MIT2CS6.js";
import "./chunk-53R77K2Y.js";
import {
  emitReport
} from "./chunk-BI2HVI5M.js";
import "./chunk-6Z5RWAOE.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-NKDQ4OWV.js";
import {
  ExitCode
} from "./chunk-NSHCIFOV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/config.ts
function registerConfig(program, io, done) {
  withCommonOptions(
    program.command("config").description("validate .github/launchgate.yml and show the settings")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    try {
      const loaded = await loadConfig({ root: options.root, configPath: options.configPath });
      done(emitReport(io, describeConfig(loaded), options.format));
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      done(emitReport(io, describeConfigProblems(error.problems), options.format, ExitCode.usage));
    }
  });
}
export {
  registerConfig
};

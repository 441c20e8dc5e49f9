import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-QS5AETGL.js";
import {
  describeConfigProblems
} from "./chunk-NIMKYGWY.js";
import {
  runConsolidation
} from "./chunk-JQAJSUAR.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
import "./chunk-I4J3WOZZ.js";
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

// src/cli/commands/consolidation.ts
import path from "node:path";
function registerConsolidation(program, io, done) {
  withCommonOptions(
    program.command("consolidation").description("check that each concern has one implementation and nothing imports deprecated modules")
  ).option("--since <ref>", "report what changed versus this git ref; violations present there are not new").option(
    "--update-baseline",
    "write the baseline file with the current violations (adds new, prunes fixed)"
  ).option(
    "--cache-dir <dir>",
    "parse cache folder (default node_modules/.cache/launchgate or .launchgate/cache)"
  ).option("--no-cache", "do not read or write the parse cache").action(async (raw) => {
    const options = commonOptions(raw, io);
    let loaded;
    try {
      loaded = await loadConfig({ root: options.root, configPath: options.configPath });
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      return done(emitReport(io, describeConfigProblems(error.problems), options.format, ExitCode.usage));
    }
    const report = await runConsolidation({
      root: options.root,
      config: loaded.config.consolidation,
      since: raw.since === void 0 ? void 0 : String(raw.since),
      updateBaseline: raw.updateBaseline === true,
      cacheDir: raw.cache === false ? false : raw.cacheDir === void 0 ? void 0 : path.resolve(io.cwd, String(raw.cacheDir))
    });
    done(emitReport(io, report, options.format));
  });
}
export {
  registerConsolidation
};

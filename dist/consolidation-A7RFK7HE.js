import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-X5XZXVEU.js";
import {
  runConsolidation
} from "./chunk-P4JXSKTA.js";
import "./chunk-3EXFXDTH.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
import "./chunk-MULV5GKG.js";
import {
  emitReport
} from "./chunk-I3D7YJNX.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-TG6EERQF.js";
import "./chunk-7KQ6SKYN.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W25A755P.js";
import {
  loadConfig
} from "./chunk-UJINPOB7.js";
import "./chunk-QRZZAVTQ.js";
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
    const loaded = await loadConfig({ root: options.root, configPath: options.configPath });
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

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  runDiscover
} from "./chunk-ZZXXCJIU.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-YWJ33PDR.js";
import {
  runConsolidation
} from "./chunk-6UVTTQ7H.js";
import "./chunk-B5JBEF5E.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BPJGBRTH.js";
import {
  emitReport
} from "./chunk-KOKZDJOV.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-U3ZWNE57.js";
import "./chunk-VYLDFHRP.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  loadConfig
} from "./chunk-YOIBVPTW.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/consolidation.ts
import path from "node:path";
function registerConsolidation(program, io, done) {
  const command = program.command("consolidation").description("check that each concern has one implementation and nothing imports deprecated modules");
  registerDiscover(command, io, done);
  withCommonOptions(command).option("--since <ref>", "report what changed versus this git ref; violations present there are not new").option(
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
function registerDiscover(parent, io, done) {
  withCommonOptions(
    parent.command("discover").description(
      "propose concerns: modules implementing the same thing, tool-made copies, with a config snippet"
    )
  ).option("--no-cache", "do not read or write the parse cache").action(async (_, command) => {
    const raw = command.optsWithGlobals();
    const options = commonOptions(raw, io);
    const loaded = await loadConfig({ root: options.root, configPath: options.configPath });
    const report = await runDiscover({
      root: options.root,
      config: loaded.config.consolidation,
      ...raw.cache === false ? { cacheDir: false } : {}
    });
    done(emitReport(io, report, options.format));
  });
}
export {
  registerConsolidation
};

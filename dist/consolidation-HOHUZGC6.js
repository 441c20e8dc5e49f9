import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  runDiscover
} from "./chunk-3XBQ5CT6.js";
import {
  cliRuntime
} from "./chunk-75CLYDBS.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import {
  consolidationFromRuntime
} from "./chunk-U42YZQM4.js";
import "./chunk-VWJZTORK.js";
import "./chunk-H3HKTRRS.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-HVKD6FED.js";
import "./chunk-TQIISSPJ.js";
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
  emitReport
} from "./chunk-4NM4Y4CI.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/consolidation.ts
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
    const report = await consolidationFromRuntime(cliRuntime(io, options, raw), {
      updateBaseline: raw.updateBaseline === true,
      cache: raw.cache !== false
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
    const { config } = await cliRuntime(io, options, raw).config();
    const report = await runDiscover({
      root: options.root,
      config: config.consolidation,
      ...raw.cache === false ? { cacheDir: false } : {}
    });
    done(emitReport(io, report, options.format));
  });
}
export {
  registerConsolidation
};

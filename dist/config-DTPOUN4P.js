import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-75CLYDBS.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
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
import {
  checkConfig,
  describeConfig
} from "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/config.ts
function registerConfig(program, io, done) {
  withCommonOptions(
    program.command("config").description("validate .github/launchgate.yml and show the settings")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const runtime = cliRuntime(io, options, raw);
    const loaded = await runtime.config();
    done(emitReport(io, describeConfig(loaded, await checkConfig(loaded, runtime.root)), options.format));
  });
}
export {
  registerConfig
};

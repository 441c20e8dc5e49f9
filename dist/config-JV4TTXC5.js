import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-NGRZXCQF.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-4YPJNRI6.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-NJNMTNVV.js";
import "./chunk-Q4ZFXHJ7.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import {
  emitReport
} from "./chunk-FVSTXQMU.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-37G4TMVK.js";
import {
  checkConfig,
  describeConfig
} from "./chunk-MYW3VG5C.js";
import "./chunk-EAUYJHNS.js";
import "./chunk-X3BO67NU.js";
import "./chunk-ZD2PMLDB.js";
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

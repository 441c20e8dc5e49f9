import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRuntime
} from "./chunk-WGRYZC5A.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-C5MRCBVV.js";
import "./chunk-UJDTJT5C.js";
import "./chunk-SPUF24IV.js";
import "./chunk-ZXZXPSFL.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import {
  emitReport
} from "./chunk-JFKAUZUJ.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-BHVC3RVF.js";
import {
  checkConfig,
  describeConfig
} from "./chunk-GTKKQRFR.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import "./chunk-JV5E3EH5.js";
import "./chunk-KA2W5GDI.js";
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

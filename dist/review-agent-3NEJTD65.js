import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  defaultFindingsDir,
  reviewAgentAction,
  run
} from "./chunk-2ZI622S4.js";
import "./chunk-RQYOXEEG.js";
import "./chunk-RFCO3VEU.js";
import "./chunk-7BHMM5HP.js";
import "./chunk-BDON2V6E.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-ZSHQHTVF.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-VGSUJSPQ.js";
import "./chunk-UJDTJT5C.js";
import "./chunk-SPUF24IV.js";
import "./chunk-ZXZXPSFL.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import "./chunk-JV5E3EH5.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";
export {
  defaultFindingsDir,
  reviewAgentAction,
  run
};

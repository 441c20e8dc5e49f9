import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction,
  run
} from "./chunk-MV5LFCRP.js";
import "./chunk-AMGWPJW7.js";
import "./chunk-OII2YR7E.js";
import "./chunk-SAYTKASY.js";
import "./chunk-Y2LWM5X2.js";
import "./chunk-WTFZHDIL.js";
import "./chunk-3I4ZS26T.js";
import "./chunk-ZBQHP2DW.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
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
  deployAction,
  run
};

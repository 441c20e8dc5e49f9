import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction,
  run
} from "./chunk-2ABZZUHZ.js";
import "./chunk-ONDUXFVD.js";
import "./chunk-3SU2CL7W.js";
import "./chunk-YIBJJH5B.js";
import "./chunk-7YKWWXRC.js";
import "./chunk-SAYTKASY.js";
import "./chunk-KPNDZGYK.js";
import "./chunk-3FP6HW4Y.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-S2W6HFKL.js";
import "./chunk-DAKBMR4D.js";
import "./chunk-TQIISSPJ.js";
import "./chunk-DOYG3ACD.js";
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
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import "./chunk-XEJXVRDQ.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";
export {
  deployAction,
  run
};

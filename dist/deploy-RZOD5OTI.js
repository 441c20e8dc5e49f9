import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction,
  run
} from "./chunk-GZDWNEY5.js";
import "./chunk-GZ2WWJQX.js";
import "./chunk-SHD3COYL.js";
import "./chunk-YIBJJH5B.js";
import "./chunk-7YKWWXRC.js";
import "./chunk-SAYTKASY.js";
import "./chunk-WMOROTDW.js";
import "./chunk-3FP6HW4Y.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BIBLMRWZ.js";
import "./chunk-ZJBFD35P.js";
import "./chunk-TQIISSPJ.js";
import "./chunk-5EPD74BL.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-NJNMTNVV.js";
import "./chunk-Q4ZFXHJ7.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-EAUYJHNS.js";
import "./chunk-X3BO67NU.js";
import "./chunk-ZD2PMLDB.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";
export {
  deployAction,
  run
};

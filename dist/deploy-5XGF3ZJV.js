import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction,
  run
} from "./chunk-BZ3FDAPR.js";
import "./chunk-SVYLSRWE.js";
import "./chunk-MLU4CPB2.js";
import "./chunk-YIBJJH5B.js";
import "./chunk-7YKWWXRC.js";
import "./chunk-SAYTKASY.js";
import "./chunk-SICO3UKJ.js";
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
import "./chunk-ZW2VC6MR.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-H4GGJK6T.js";
import "./chunk-Q4ZFXHJ7.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-EAUYJHNS.js";
import "./chunk-X3BO67NU.js";
import "./chunk-ORPVNPX6.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";
export {
  deployAction,
  run
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  run
} from "./chunk-XEY56HFA.js";
import "./chunk-AXJXZWJP.js";
import "./chunk-GW7T6MUS.js";
import "./chunk-WMOROTDW.js";
import "./chunk-3FP6HW4Y.js";
import "./chunk-X3IRMFFO.js";
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

// src/actions/entries/monitor.ts
await run();

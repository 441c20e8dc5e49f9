import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  run
} from "./chunk-M2A2N4US.js";
import "./chunk-36LFCCZ7.js";
import "./chunk-JOSG27MO.js";
import "./chunk-AZVEL3SJ.js";
import "./chunk-DEWBUOPC.js";
import "./chunk-QHXWOCZB.js";
import "./chunk-BJE3TUIT.js";
import "./chunk-JC6K2LR6.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
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

// src/actions/entries/review-aggregate.ts
await run();

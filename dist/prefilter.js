import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-OS4EO5RV.js";
import "./chunk-RANQRVM6.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-T3UHIKF3.js";
import "./chunk-R6G23PVB.js";
import "./chunk-OSYDG5QL.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-UOVNBRXP.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-NAZYUBUR.js";
import "./chunk-SU646FOL.js";
import "./chunk-MULV5GKG.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W25A755P.js";
import "./chunk-UJINPOB7.js";
import "./chunk-QRZZAVTQ.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

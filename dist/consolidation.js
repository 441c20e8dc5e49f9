import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-OQPI4OOY.js";
import "./chunk-P4JXSKTA.js";
import "./chunk-3EXFXDTH.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-UOVNBRXP.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
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

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  monitorAction
} from "./chunk-UEXANS3G.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-UYFANCLA.js";
import "./chunk-3QFNR3VO.js";
import "./chunk-VI4JOLYY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-UOVNBRXP.js";
import "./chunk-CI3N5E6X.js";
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

// src/actions/entries/monitor.ts
await runAction("monitor", () => monitorAction());

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  monitorAction
} from "./chunk-TRXDSKMH.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-P5B4PM6E.js";
import "./chunk-76LBPFTR.js";
import "./chunk-4YTG5KAX.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-5ISALAKX.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  runAction
} from "./chunk-TMHFKGZV.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import "./chunk-YOIBVPTW.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/monitor.ts
await runAction("monitor", () => monitorAction());

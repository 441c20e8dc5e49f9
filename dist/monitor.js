import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  monitorAction
} from "./chunk-2ZIYAA3J.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-4G7FKP5V.js";
import "./chunk-FDWDRIYW.js";
import "./chunk-SMRFUBUP.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-IPU5QVTV.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-F5ZPOXNC.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  runAction
} from "./chunk-VKMTLJXD.js";
import "./chunk-HANSU7W3.js";
import "./chunk-4QBOIYAC.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-DSZSYT46.js";
import "./chunk-TCTUFUHS.js";
import "./chunk-HYPTKSEW.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/monitor.ts
await runAction("monitor", () => monitorAction());

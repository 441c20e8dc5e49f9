import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  monitorAction
} from "./chunk-K74DHIGS.js";
import "./chunk-LZZNBEA6.js";
import "./chunk-PFX5QLYJ.js";
import "./chunk-6YZWRXCX.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-XUB3TZ4R.js";
import "./chunk-CI3N5E6X.js";
import {
  runAction
} from "./chunk-4WBWCLJJ.js";
import "./chunk-3UJVD5CC.js";
import "./chunk-LVINILML.js";
import "./chunk-PGHGRJVT.js";
import "./chunk-53R77K2Y.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-UOYHLDHL.js";
import "./chunk-N2XHDJPJ.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/monitor.ts
await runAction("monitor", () => monitorAction());

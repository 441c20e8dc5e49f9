import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-3FE6GCVV.js";
import "./chunk-XPD2RRIX.js";
import "./chunk-OII2YR7E.js";
import "./chunk-BPRTGCHQ.js";
import "./chunk-ZZ5UK7IW.js";
import "./chunk-SAYTKASY.js";
import "./chunk-6YZWRXCX.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-XUB3TZ4R.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
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

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-PFA4QX2P.js";
import {
  runAction
} from "./chunk-IOHIJZ3M.js";
import "./chunk-7W5OQUMC.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-UZHQUPUM.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-HVKD6FED.js";
import "./chunk-R7QSZUHX.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

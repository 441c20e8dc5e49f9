import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-LWCTF4AN.js";
import {
  runAction
} from "./chunk-IOHIJZ3M.js";
import "./chunk-A3DEM3RZ.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-CX5Z2YY7.js";
import "./chunk-R7QSZUHX.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

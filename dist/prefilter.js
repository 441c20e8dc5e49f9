import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-R2VSYM3G.js";
import "./chunk-YGWDMBVO.js";
import {
  runAction
} from "./chunk-GWPPVDEK.js";
import "./chunk-O3AGD6F2.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-D2M37Y56.js";
import "./chunk-KXIHQP2Y.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-3NXWM2HP.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

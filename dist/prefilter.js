import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-2HMMPVX7.js";
import "./chunk-A5ITM7KZ.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-Y7PN6B6S.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-7WGXGMJ3.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-47KHYJ6N.js";
import "./chunk-LXNBUZOG.js";
import "./chunk-I4J3WOZZ.js";
import "./chunk-3MIT2CS6.js";
import "./chunk-53R77K2Y.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-NKDQ4OWV.js";
import "./chunk-NSHCIFOV.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

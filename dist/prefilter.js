import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-MKFPUOAG.js";
import "./chunk-NANU3ZF6.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-B2BZPZ4I.js";
import "./chunk-QHCO5MGX.js";
import "./chunk-LQK2RHCK.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-IPU5QVTV.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-BOBXEPTZ.js";
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

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

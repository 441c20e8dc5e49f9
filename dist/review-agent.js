import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewAgentAction
} from "./chunk-FLFGSFN5.js";
import "./chunk-KGFXAGGR.js";
import "./chunk-BKO4ARWW.js";
import "./chunk-KHBSN6DH.js";
import "./chunk-G42EZYCT.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-F5ZPOXNC.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-VKMTLJXD.js";
import "./chunk-HANSU7W3.js";
import "./chunk-4QBOIYAC.js";
import "./chunk-TCTUFUHS.js";
import "./chunk-HYPTKSEW.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/review-agent.ts
await runAction("review-agent", reviewAgentAction);

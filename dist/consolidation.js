import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-NJSII4QL.js";
import "./chunk-F6DTBWAC.js";
import "./chunk-GZB6QI2C.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-IPU5QVTV.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
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

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

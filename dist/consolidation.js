import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-5YZK2FKG.js";
import "./chunk-6UVTTQ7H.js";
import "./chunk-B5JBEF5E.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-5ISALAKX.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
import {
  runAction
} from "./chunk-TMHFKGZV.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import "./chunk-YOIBVPTW.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

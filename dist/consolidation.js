import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-XSYNM3JM.js";
import "./chunk-4NTK4KG7.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-KSSLZR6O.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
import {
  runAction
} from "./chunk-2GMUQKHN.js";
import "./chunk-FZSCJ55W.js";
import "./chunk-4WZHATC4.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-XRWNDKWT.js";
import "./chunk-IM55PDNG.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

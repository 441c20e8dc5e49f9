import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-MUA7M6FR.js";
import {
  runAction
} from "./chunk-IOHIJZ3M.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-BPGL6DGY.js";
import "./chunk-HVKD6FED.js";
import "./chunk-R7QSZUHX.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-WCB5YR74.js";
import {
  runAction
} from "./chunk-XON5FSLA.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-GLMTVCGH.js";
import "./chunk-HVKD6FED.js";
import "./chunk-JM3DCQYR.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

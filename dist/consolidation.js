import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  consolidationAction
} from "./chunk-3E2KVBBQ.js";
import "./chunk-YGWDMBVO.js";
import {
  runAction
} from "./chunk-GWPPVDEK.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-6SJNCHJ2.js";
import "./chunk-KXIHQP2Y.js";
import "./chunk-3255CPEB.js";
import "./chunk-HVKD6FED.js";
import "./chunk-3NXWM2HP.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/consolidation.ts
await runAction("consolidation", consolidationAction);

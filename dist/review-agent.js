import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewAgentAction
} from "./chunk-DBNXC5VY.js";
import {
  runAction
} from "./chunk-GWPPVDEK.js";
import "./chunk-FH2PGYB7.js";
import "./chunk-B5LLCU6V.js";
import "./chunk-W4HHRCAZ.js";
import "./chunk-C7LVYL43.js";
import "./chunk-3255CPEB.js";
import "./chunk-TY5RRUEQ.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-3NXWM2HP.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/review-agent.ts
await runAction("review-agent", reviewAgentAction);

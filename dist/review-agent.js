import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewAgentAction
} from "./chunk-VBXWYZW4.js";
import "./chunk-RFDRTT43.js";
import "./chunk-BPGWLRFV.js";
import "./chunk-ZR2EKK2R.js";
import "./chunk-SRF3YSSA.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-NAZYUBUR.js";
import "./chunk-SU646FOL.js";
import "./chunk-MULV5GKG.js";
import "./chunk-UJINPOB7.js";
import "./chunk-QRZZAVTQ.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/review-agent.ts
await runAction("review-agent", reviewAgentAction);

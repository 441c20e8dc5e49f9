import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewAgentAction
} from "./chunk-445OAK4G.js";
import "./chunk-BPXD2AOV.js";
import "./chunk-JGWUPJF5.js";
import "./chunk-SMZTHJQA.js";
import "./chunk-SH2CIPOC.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-47KHYJ6N.js";
import "./chunk-LXNBUZOG.js";
import "./chunk-I4J3WOZZ.js";
import "./chunk-3MIT2CS6.js";
import "./chunk-53R77K2Y.js";
import "./chunk-NSHCIFOV.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/review-agent.ts
await runAction("review-agent", reviewAgentAction);

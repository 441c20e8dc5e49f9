import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewAgentAction
} from "./chunk-3QGW6YKR.js";
import "./chunk-6DBHTAVN.js";
import "./chunk-N2RNQ76E.js";
import "./chunk-FGMZZUPB.js";
import "./chunk-SH2CIPOC.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-2GMUQKHN.js";
import "./chunk-FZSCJ55W.js";
import "./chunk-4WZHATC4.js";
import "./chunk-IM55PDNG.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/review-agent.ts
await runAction("review-agent", reviewAgentAction);

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  reviewAgentAction
} from "./chunk-47ISXS7N.js";
import "./chunk-WRARTRP2.js";
import "./chunk-SIU4PQUI.js";
import "./chunk-LFQMTVP4.js";
import "./chunk-SH2CIPOC.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-4WBWCLJJ.js";
import "./chunk-3UJVD5CC.js";
import "./chunk-LVINILML.js";
import "./chunk-PGHGRJVT.js";
import "./chunk-53R77K2Y.js";
import "./chunk-N2XHDJPJ.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/review-agent.ts
await runAction("review-agent", reviewAgentAction);

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  run
} from "./chunk-KAECALLE.js";
import "./chunk-X5D7MLGX.js";
import "./chunk-4EZGQDS3.js";
import "./chunk-MXIPMNLT.js";
import "./chunk-6GQHSIZC.js";
import "./chunk-WP4GETIQ.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-ZSHQHTVF.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-VGSUJSPQ.js";
import "./chunk-UJDTJT5C.js";
import "./chunk-SPUF24IV.js";
import "./chunk-ZXZXPSFL.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import "./chunk-JV5E3EH5.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await run();

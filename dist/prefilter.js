import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-FTQFNMJH.js";
import "./chunk-YW7ACA6Z.js";
import "./chunk-3N6LUXIN.js";
import "./chunk-Z3DBXTF2.js";
import "./chunk-3GGROXD5.js";
import "./chunk-ZQE65B6M.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-5ISALAKX.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-BOBXEPTZ.js";
import {
  runAction
} from "./chunk-TMHFKGZV.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import "./chunk-YOIBVPTW.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  prefilterAction
} from "./chunk-EQ7QQUXX.js";
import {
  runAction
} from "./chunk-XON5FSLA.js";
import "./chunk-UYRPVNWJ.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-4ZPCLTWQ.js";
import "./chunk-JM3DCQYR.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/prefilter.ts
await runAction("prefilter", prefilterAction);

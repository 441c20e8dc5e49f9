import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-AKL3ILD7.js";
import "./chunk-IRLTX7MP.js";
import "./chunk-OII2YR7E.js";
import "./chunk-CDBQ2JF3.js";
import "./chunk-LPSGL7S4.js";
import "./chunk-SAYTKASY.js";
import "./chunk-66MILWF3.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-7WGXGMJ3.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import {
  runAction
} from "./chunk-47KHYJ6N.js";
import "./chunk-LXNBUZOG.js";
import "./chunk-I4J3WOZZ.js";
import "./chunk-3MIT2CS6.js";
import "./chunk-53R77K2Y.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-NKDQ4OWV.js";
import "./chunk-NSHCIFOV.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-UUD7HEYG.js";
import "./chunk-MF7GZ2OB.js";
import "./chunk-OII2YR7E.js";
import "./chunk-OT2NTNIW.js";
import "./chunk-T3EKMBTH.js";
import "./chunk-SAYTKASY.js";
import "./chunk-OMLZ5HJL.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-KSSLZR6O.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import {
  runAction
} from "./chunk-2GMUQKHN.js";
import "./chunk-FZSCJ55W.js";
import "./chunk-4WZHATC4.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-XRWNDKWT.js";
import "./chunk-IM55PDNG.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

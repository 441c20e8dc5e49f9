import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-5IDJSAJW.js";
import "./chunk-2GDRNOVJ.js";
import "./chunk-OII2YR7E.js";
import "./chunk-ITF5E6B6.js";
import "./chunk-QQ3CEN3U.js";
import "./chunk-SLU4F6YA.js";
import "./chunk-MGPC6M6L.js";
import "./chunk-SAYTKASY.js";
import "./chunk-76LBPFTR.js";
import "./chunk-4YTG5KAX.js";
import "./chunk-5ISALAKX.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
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

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

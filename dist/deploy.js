import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-P3H5VSZR.js";
import "./chunk-ATGPWPPL.js";
import "./chunk-OII2YR7E.js";
import "./chunk-5RVDMCGU.js";
import "./chunk-3O4TQSTH.js";
import "./chunk-GZWGUL5M.js";
import "./chunk-DC3JCGCL.js";
import "./chunk-SAYTKASY.js";
import "./chunk-3QFNR3VO.js";
import "./chunk-VI4JOLYY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-UOVNBRXP.js";
import "./chunk-CI3N5E6X.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import {
  runAction
} from "./chunk-NAZYUBUR.js";
import "./chunk-SU646FOL.js";
import "./chunk-MULV5GKG.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W25A755P.js";
import "./chunk-UJINPOB7.js";
import "./chunk-QRZZAVTQ.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

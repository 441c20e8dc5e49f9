import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  deployAction
} from "./chunk-OE4LRIZG.js";
import "./chunk-YGWDMBVO.js";
import {
  runAction
} from "./chunk-GWPPVDEK.js";
import "./chunk-SSUUL3MM.js";
import "./chunk-6TPCRM5T.js";
import "./chunk-IOLOGB57.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-KXIHQP2Y.js";
import "./chunk-TY5RRUEQ.js";
import "./chunk-HVKD6FED.js";
import "./chunk-3NXWM2HP.js";
import "./chunk-2ORNAKAZ.js";

// src/actions/entries/deploy.ts
await runAction("deploy", () => deployAction());

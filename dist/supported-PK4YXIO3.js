import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  rawTransferSupported
} from "./chunk-JC6K2LR6.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-2ORNAKAZ.js";
export {
  rawTransferSupported
};

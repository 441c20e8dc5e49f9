import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  ToolFileError,
  lineColumn,
  parseToolFile
} from "./chunk-ZQE65B6M.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";
export {
  ToolFileError,
  lineColumn,
  parseToolFile
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  findMissingCanonicals,
  missingCanonicalMessage
} from "./chunk-H3HKTRRS.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-HVKD6FED.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/consolidation/config-check.ts
async function checkConsolidationConfig(loaded, root) {
  const missing = await findMissingCanonicals(root, loaded.config.consolidation.concerns);
  return missing.map((m) => ({
    rule: "missing-canonical",
    severity: "HIGH",
    message: missingCanonicalMessage(m),
    ...loaded.file ? { file: loaded.file } : {},
    properties: { key: `consolidation.concerns.${m.index}.canonical` }
  }));
}
export {
  checkConsolidationConfig
};

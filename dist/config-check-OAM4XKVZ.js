import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  checkRunnable
} from "./chunk-7YKWWXRC.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/deploy/config-check.ts
async function checkDeployConfig(loaded) {
  try {
    checkRunnable(loaded.config.deploy);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return [
      {
        rule: "deploy-not-runnable",
        severity: "HIGH",
        message: `a deploy would refuse this config: ${error.message}`,
        ...loaded.file ? { file: loaded.file } : {},
        properties: { key: error.key ?? "deploy" }
      }
    ];
  }
}
export {
  checkDeployConfig
};

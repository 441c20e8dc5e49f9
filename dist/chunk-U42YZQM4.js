import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  runConsolidation
} from "./chunk-VWJZTORK.js";

// src/consolidation/run-from-runtime.ts
import path from "node:path";
async function consolidationFromRuntime(runtime, cli = {}) {
  const { config } = await runtime.config();
  const cacheDir = runtime.request.text("cache-dir");
  return runConsolidation({
    root: runtime.root,
    config: config.consolidation,
    since: runtime.request.text("since"),
    updateBaseline: cli.updateBaseline === true,
    cacheDir: cli.cache === false ? false : cacheDir === void 0 ? void 0 : path.resolve(runtime.cwd, cacheDir)
  });
}

export {
  consolidationFromRuntime
};

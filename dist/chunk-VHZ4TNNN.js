import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/tool.ts
var TOOL = {
  name: "launchgate",
  version: "0.1.0",
  informationUri: "https://github.com/launchgate/launchgate"
};

export {
  TOOL
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  cliRequest,
  terminalLogger
} from "./chunk-H5KE5NYW.js";
import {
  createRuntime,
  readKnobs
} from "./chunk-7LINYY5G.js";

// src/runtime/cli.ts
function cliRuntime(io, options, raw) {
  const knobs = readKnobs(io.env);
  return createRuntime({
    surface: "cli",
    env: io.env,
    cwd: io.cwd,
    logger: terminalLogger((text) => io.stderr(text), { debug: knobs.debug }),
    knobs,
    request: cliRequest(raw, io.env),
    root: options.root,
    configPath: options.configPath,
    token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || void 0,
    // A terminal is the user's own; nothing to hide from a shared log.
    mask: () => void 0
  });
}

export {
  cliRuntime
};

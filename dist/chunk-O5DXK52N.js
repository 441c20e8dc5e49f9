import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  Option
} from "./chunk-QAQJHAYC.js";
import {
  FORMATS
} from "./chunk-NNVLBUGM.js";
import {
  UsageError
} from "./chunk-WONG65HV.js";

// src/cli/options.ts
import path from "node:path";
function withCommonOptions(command) {
  return command.option("-c, --config <file>", "config file, relative to --root (default: .github/launchgate.yml)").option("-r, --root <dir>", "repository root to work on (default: the current directory)").addOption(new Option("-f, --format <format>", "output format").choices([...FORMATS]).default("text"));
}
function commonOptions(raw, io) {
  const format = String(raw.format ?? "text");
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${format}`);
  }
  return {
    root: path.resolve(io.cwd, String(raw.root ?? ".")),
    configPath: raw.config === void 0 ? void 0 : String(raw.config),
    format
  };
}

export {
  withCommonOptions,
  commonOptions
};

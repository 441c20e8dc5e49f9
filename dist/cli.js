#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  emitError
} from "./chunk-KOKZDJOV.js";
import {
  Command,
  CommanderError
} from "./chunk-QAQJHAYC.js";
import "./chunk-U3ZWNE57.js";
import "./chunk-VYLDFHRP.js";
import {
  TOOL
} from "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import "./chunk-YOIBVPTW.js";
import {
  ExitCode
} from "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/io.ts
function processIO() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
  };
}

// src/cli/main.ts
var COMMANDS = {
  config: async () => (await import("./config-DEVF5YH7.js")).registerConfig,
  consolidation: async () => (await import("./consolidation-EE6A5GZI.js")).registerConsolidation,
  prefilter: async () => (await import("./prefilter-5Z7JSBEY.js")).registerPrefilter,
  review: async () => (await import("./review-52GGK664.js")).registerReview,
  deploy: async () => (await import("./deploy-CJ6IHYAP.js")).registerDeploy,
  smoke: async () => (await import("./smoke-XQUNAH3Q.js")).registerSmoke,
  monitor: async () => (await import("./monitor-I36YZBS6.js")).registerMonitor,
  rehearse: async () => (await import("./rehearse-FE7ESPBU.js")).registerRehearse,
  audit: async () => (await import("./audit-HDZJLPFU.js")).registerAudit,
  init: async () => (await import("./init-QKHCLCXG.js")).registerInit
};
async function runCli(argv, io) {
  let exitCode = ExitCode.ok;
  const done = (code) => {
    exitCode = code;
  };
  const program = new Command("launchgate").description("Release pipeline as code: consolidation, prefilter, review, deploy and monitor gates.").version(TOOL.version).exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.stderr(s), writeErr: (s) => io.stderr(s) });
  const named = argv.find((a) => !a.startsWith("-"));
  const versionOnly = named === void 0 && (argv.includes("--version") || argv.includes("-V"));
  const load = named !== void 0 && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]] : versionOnly ? [] : Object.values(COMMANDS);
  for (const loadRegister of load) (await loadRegister())(program, io, done);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    return emitError(io, error, formatOf(argv));
  }
}
function formatOf(argv) {
  const i = argv.findIndex((a) => a === "--format" || a === "-f");
  const inline = argv.find((a) => a.startsWith("--format="))?.slice("--format=".length);
  const value = inline ?? (i >= 0 ? argv[i + 1] : void 0);
  return value === "json" || value === "markdown" || value === "sarif" ? value : "text";
}

// src/cli/index.ts
process.exitCode = await runCli(process.argv.slice(2), processIO());

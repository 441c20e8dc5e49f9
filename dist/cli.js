#!/usr/bin/env node
import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  emitError
} from "./chunk-4NM4Y4CI.js";
import {
  Command,
  CommanderError
} from "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import {
  TOOL
} from "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import {
  CAPABILITIES
} from "./chunk-XEJXVRDQ.js";
import {
  ExitCode
} from "./chunk-WONG65HV.js";
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
var COMMANDS = Object.fromEntries(
  CAPABILITIES.flatMap((c) => c.command ? [[c.name, c.command]] : [])
);
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

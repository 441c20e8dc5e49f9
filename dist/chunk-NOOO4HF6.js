import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  render
} from "./chunk-NNVLBUGM.js";
import {
  describeConfigProblems
} from "./chunk-3N6HNNXW.js";
import {
  TOOL
} from "./chunk-4VAGRVGA.js";
import {
  ConfigFileError
} from "./chunk-WRA6UDHV.js";
import {
  ConfigurationError,
  ExitCode,
  LaunchgateError,
  classifyError,
  describeError,
  exitCodeFor
} from "./chunk-WONG65HV.js";

// src/cli/output.ts
function emitReport(io, report, format, exitCode) {
  io.stdout(render(report, format, { tool: TOOL }));
  return exitCode ?? (report.ok ? ExitCode.ok : ExitCode.gateFailed);
}
function emitError(io, thrown, format) {
  const error = classifyError(thrown);
  const message = describeError(error);
  io.stderr(`launchgate: ${message}
`);
  if (error instanceof ConfigFileError) {
    return emitReport(io, describeConfigProblems(error.problems), format, ExitCode.usage);
  }
  if (format === "json") {
    const kind = error instanceof LaunchgateError ? error.name : "InternalError";
    const position = error instanceof ConfigurationError ? error.position : void 0;
    io.stdout(`${JSON.stringify({ ok: false, error: { kind, message, ...position } }, null, 2)}
`);
  }
  return exitCodeFor(error);
}

export {
  emitReport,
  emitError
};

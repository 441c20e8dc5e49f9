import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  render
} from "./chunk-NNVLBUGM.js";
import {
  describeConfigProblems
} from "./chunk-CNGFGT5R.js";
import {
  TOOL
} from "./chunk-4VAGRVGA.js";
import {
  ConfigFileError
} from "./chunk-XEJXVRDQ.js";
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
  if (error instanceof ConfigFileError) {
    const forPeople = format === "text" || format === "markdown";
    const file = error.problems[0].position.file;
    io.stderr(
      forPeople ? `launchgate: ${file} has ${error.problems.length} problem(s), listed above
` : `launchgate: ${message}
`
    );
    return emitReport(io, describeConfigProblems(error.problems), format, ExitCode.usage);
  }
  io.stderr(`launchgate: ${message}
`);
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

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  actionRequest,
  runnerLogger
} from "./chunk-H5KE5NYW.js";
import {
  createRuntime
} from "./chunk-7LINYY5G.js";
import {
  debug,
  error,
  setFailed,
  setSecret
} from "./chunk-GHAYBQNU.js";
import {
  ConfigurationError,
  LaunchgateError,
  classifyError,
  describeError,
  isOutage
} from "./chunk-WONG65HV.js";

// src/runtime/action.ts
import path from "node:path";
function actionRuntime(env = process.env) {
  const mask = (value) => setSecret(value);
  const request = actionRequest(env, mask);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return createRuntime({
    surface: "action",
    env,
    cwd: workspace,
    logger: runnerLogger(),
    request,
    root: path.resolve(workspace, request.text("working-directory") ?? "."),
    configPath: request.text("config"),
    token: request.secret("github-token"),
    mask
  });
}
async function runAction(name, body) {
  try {
    await body(actionRuntime());
  } catch (error2) {
    reportFailure(name, error2);
  }
}
function reportFailure(name, thrown) {
  const error2 = classifyError(thrown);
  const message = describeError(error2);
  if (error2 instanceof ConfigurationError && error2.position) {
    const { file, line, column } = error2.position;
    error(message, {
      title: `launchgate ${name}: configuration`,
      file,
      startLine: line,
      startColumn: column
    });
  }
  if (!(error2 instanceof LaunchgateError) || !error2.isUserError && !isOutage(error2)) {
    debug(error2 instanceof Error ? error2.stack ?? "" : String(error2));
  }
  setFailed(`launchgate ${name}: ${message}`);
}

export {
  runAction,
  reportFailure
};

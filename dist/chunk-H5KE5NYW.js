import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  debug,
  error,
  getInput,
  info,
  warning
} from "./chunk-GHAYBQNU.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-WONG65HV.js";

// src/runtime/loggers.ts
function runnerLogger() {
  return {
    debug: (m) => debug(m),
    info: (m) => info(m),
    warning: (m) => warning(m),
    error: (m) => error(m)
  };
}
function terminalLogger(write, options = {}) {
  return {
    debug: (m) => options.debug ? write(`debug: ${m}
`) : void 0,
    info: (m) => write(`${m}
`),
    warning: (m) => write(`warning: ${m}
`),
    error: (m) => write(`error: ${m}
`)
  };
}

// src/runtime/request.ts
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE", ""]);
function actionRequest(env, mask) {
  const text = (name) => getInput(name) || void 0;
  return {
    text,
    required(name) {
      const value = text(name);
      if (value === void 0) {
        throw new ConfigurationError(
          `the input '${name}' is required: set it under \`with:\` in the workflow step`,
          {
            key: name
          }
        );
      }
      return value;
    },
    flag(name) {
      const value = getInput(name);
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      throw new ConfigurationError(`the input '${name}' must be true or false, got '${value}'`, { key: name });
    },
    secret(name, envName) {
      const value = text(name) ?? (envName ? env[envName] || void 0 : void 0);
      if (value) mask(value);
      return value;
    },
    label: (name) => `the ${name} input`
  };
}
function cliRequest(raw, env) {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const text = (name) => {
    const value = raw[camel(name)];
    return typeof value === "string" && value !== "" ? value : void 0;
  };
  return {
    text,
    required(name) {
      const value = text(name);
      if (value === void 0) throw new UsageError(`--${name} is required`);
      return value;
    },
    flag: (name) => raw[camel(name)] === true,
    secret: (_name, envName) => envName ? env[envName] || void 0 : void 0,
    label: (name) => `--${name}`
  };
}

export {
  runnerLogger,
  terminalLogger,
  actionRequest,
  cliRequest
};

import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  render
} from "./chunks/chunk-YFFV6XE3.js";
import {
  ApiError,
  ConfigFileError,
  ConfigurationError,
  ExitCode,
  LaunchgateError,
  MissingSecretError,
  UsageError,
  UserError,
  configJsonSchema,
  describeError,
  exitCodeFor,
  loadConfig,
  parseConfig
} from "./chunks/chunk-OYLR6W6R.js";
export {
  ApiError,
  ConfigFileError,
  ConfigurationError,
  ExitCode,
  LaunchgateError,
  MissingSecretError,
  UsageError,
  UserError,
  configJsonSchema,
  describeError,
  exitCodeFor,
  loadConfig,
  parseConfig,
  render
};

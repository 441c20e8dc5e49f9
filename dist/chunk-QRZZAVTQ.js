import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/errors.ts
var LaunchgateError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var UserError = class extends LaunchgateError {
  isUserError = true;
};
var ConfigurationError = class _ConfigurationError extends UserError {
  position;
  key;
  constructor(message, details = {}) {
    super(_ConfigurationError.format(message, details.position), { cause: details.cause });
    this.position = details.position;
    this.key = details.key;
  }
  static format(message, position) {
    if (!position) return message;
    const where = [position.file, position.line, position.column].filter((p) => p !== void 0).join(":");
    return `${where}: ${message}`;
  }
};
var UsageError = class extends UserError {
};
var MissingSecretError = class extends UserError {
  secretName;
  constructor(secretName, purpose) {
    super(`missing secret ${secretName}: ${purpose}. Add it to the repository's secrets or the environment.`);
    this.secretName = secretName;
  }
};
var ApiError = class extends LaunchgateError {
  status;
  service;
  request;
  constructor(service, request, status, message, options) {
    super(`${service} ${request} failed${status ? ` (HTTP ${status})` : ""}: ${message}`, options);
    this.service = service;
    this.request = request;
    this.status = status;
  }
  get isUserError() {
    return this.status === 401 || this.status === 403 || this.status === 404 || this.status === 422;
  }
};
var ExitCode = { ok: 0, gateFailed: 1, usage: 2, inconclusive: 3, internal: 70 };
function exitCodeFor(error) {
  if (error instanceof LaunchgateError && error.isUserError) return ExitCode.usage;
  return ExitCode.internal;
}
function describeError(error) {
  if (error instanceof LaunchgateError) return error.message;
  const text = error instanceof Error ? error.stack ?? error.message : String(error);
  return `internal error (a bug in launchgate, please report it): ${text}`;
}

export {
  LaunchgateError,
  UserError,
  ConfigurationError,
  UsageError,
  MissingSecretError,
  ApiError,
  ExitCode,
  exitCodeFor,
  describeError
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/util/positions.ts
var cached;
function newlinesOf(text) {
  if (cached?.text !== text) {
    const newlines = [];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
    cached = { text, newlines };
  }
  return cached.newlines;
}
function linesBefore(newlines, offset) {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (newlines[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function lineAt(text, offset) {
  return linesBefore(newlinesOf(text), offset) + 1;
}
function lineColumn(text, offset) {
  const newlines = newlinesOf(text);
  const before = linesBefore(newlines, Math.min(offset, text.length));
  const lineStart = before === 0 ? 0 : newlines[before - 1] + 1;
  return { line: before + 1, column: offset - lineStart + 1 };
}
function formatPosition(position) {
  return [position.file, position.line, position.column].filter((p) => p !== void 0).join(":");
}

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
  name = "ConfigurationError";
  position;
  key;
  constructor(message, details = {}) {
    super(_ConfigurationError.format(message, details.position), { cause: details.cause });
    this.position = details.position;
    this.key = details.key;
  }
  static format(message, position) {
    if (!position) return message;
    const where = formatPosition(position);
    return `${where}: ${message}`;
  }
};
var UsageError = class extends UserError {
  name = "UsageError";
};
var MissingSecretError = class extends UserError {
  name = "MissingSecretError";
  secretName;
  constructor(secretName, purpose) {
    super(`missing secret ${secretName}: ${purpose}. Add it to the repository's secrets or the environment.`);
    this.secretName = secretName;
  }
};
var ApiError = class extends LaunchgateError {
  name = "ApiError";
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
  /** No answer, a 5xx or a rate limit left after the retries: the service, not launchgate or the user. */
  get isOutage() {
    return this.status === void 0 || this.status >= 500 || this.status === 429;
  }
};
var NetworkError = class extends LaunchgateError {
  name = "NetworkError";
  isUserError = false;
  isOutage = true;
};
var InputFileError = class extends UserError {
  name = "InputFileError";
  file;
  constructor(file, problem, options) {
    super(`${file}: ${problem}`, options);
    this.file = file;
  }
};
var ExitCode = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  inconclusive: 3,
  unavailable: 69,
  internal: 70
};
function isOutage(error, depth = 0) {
  const e = classifyError(error);
  if ((e instanceof ApiError || e instanceof NetworkError) && e.isOutage) return true;
  if (depth < 4 && e instanceof LaunchgateError && !e.isUserError && e.cause !== void 0)
    return isOutage(e.cause, depth + 1);
  return false;
}
function exitCodeFor(error) {
  const e = classifyError(error);
  if (e instanceof LaunchgateError && e.isUserError) return ExitCode.usage;
  if (isOutage(e)) return ExitCode.unavailable;
  return ExitCode.internal;
}
function describeError(error) {
  const e = classifyError(error);
  if (e instanceof LaunchgateError) return e.message;
  const text = e instanceof Error ? e.stack ?? e.message : String(e);
  return `internal error (a bug in launchgate, please report it): ${text}`;
}
var FILE_CODES = {
  ENOENT: "no such file or directory; check the path (relative to the repository root)",
  EACCES: "permission denied; check the file mode and the user the job runs as",
  EPERM: "operation not permitted; check the file mode and the user the job runs as",
  EISDIR: "is a directory; name a file",
  ENOTDIR: "a part of the path is not a directory; check the path",
  ELOOP: "too many symbolic links; check the path"
};
var NETWORK_HINTS = [
  [
    /^ECONNREFUSED$/,
    "nothing accepts connections there: check the URL (GITHUB_API_URL, a GHES host) and that the service is up"
  ],
  [/^(ENOTFOUND|EAI_AGAIN)$/, "the host name does not resolve: check the URL and the runner's DNS"],
  [
    /^(ECONNRESET|EPIPE|UND_ERR_SOCKET)$/,
    "the connection was reset: a proxy or the service dropped it; running again is safe"
  ],
  [
    /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|TimeoutError|AbortError)$/,
    "no answer in time: check the network and the service's status; running again is safe"
  ],
  [
    /^(EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/,
    "the network cannot reach the host: check the runner's network and proxy settings"
  ],
  [
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/,
    "the TLS certificate is not trusted: for a private CA set NODE_EXTRA_CA_CERTS"
  ]
];
function codeOf(error, depth = 0) {
  if (error === null || typeof error !== "object" || depth > 4) return void 0;
  const e = error;
  if (typeof e.code === "string") return e.code;
  if (e.name === "TimeoutError" || e.name === "AbortError") return e.name;
  return codeOf(e.cause, depth + 1);
}
function networkHint(error) {
  const code = codeOf(error);
  return code ? NETWORK_HINTS.find(([pattern]) => pattern.test(code))?.[1] : void 0;
}
function classifyError(error) {
  if (error instanceof LaunchgateError || !(error instanceof Error)) return error;
  const code = codeOf(error);
  const file = error.path;
  if (code && FILE_CODES[code] && typeof file === "string")
    return new InputFileError(file, FILE_CODES[code], { cause: error });
  const hint = networkHint(error);
  if (hint)
    return new NetworkError(`network error (${code ?? ""}): ${error.message}; ${hint}`, { cause: error });
  const http = error;
  if (error.name === "HttpError" && typeof http.status === "number" && http.request) {
    const request = `${http.request.method ?? ""} ${http.request.url ?? ""}`.trim();
    return new ApiError("HTTP", request, http.status, error.message, { cause: error });
  }
  return error;
}

export {
  lineAt,
  lineColumn,
  formatPosition,
  LaunchgateError,
  UserError,
  ConfigurationError,
  UsageError,
  MissingSecretError,
  ApiError,
  NetworkError,
  InputFileError,
  ExitCode,
  isOutage,
  exitCodeFor,
  describeError,
  networkHint,
  classifyError
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  GitHubForge,
  connectSentry,
  createGitHubClient
} from "./chunk-FK6VXFIS.js";
import {
  isoDay
} from "./chunk-SPUF24IV.js";
import {
  embeddingsFromConfig
} from "./chunk-XVBKFZHQ.js";
import {
  loadConfig
} from "./chunk-XEJXVRDQ.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-WONG65HV.js";

// src/runtime/runtime.ts
import path from "node:path";

// src/runtime/event.ts
import { readFileSync } from "node:fs";
function readRunEvent(env) {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request;
  return {
    name: env.GITHUB_EVENT_NAME ?? "",
    pullNumber: pr?.number,
    baseSha: pr?.base?.sha,
    headSha: pr?.head?.sha,
    ...pr?.title ? { pullRequest: { title: pr.title, body: pr.body ?? "" } } : {}
  };
}
function readPayload(file) {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}
function parseRepo(text) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text?.trim() ?? "");
  return match ? { owner: match[1], repo: match[2] } : void 0;
}
function workflowRunUrl(env, repo) {
  if (!env.GITHUB_RUN_ID) return void 0;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
}

// src/runtime/knobs.ts
var NUMBERS = {
  retryBaseMs: "LAUNCHGATE_RETRY_BASE_MS",
  writeSpacingMs: "LAUNCHGATE_WRITE_SPACING_MS",
  githubTimeoutMs: "LAUNCHGATE_GITHUB_TIMEOUT_MS",
  commentSettleMs: "LAUNCHGATE_COMMENT_SETTLE_MS"
};
function readKnobs(env) {
  const knobs = { debug: env.LAUNCHGATE_DEBUG === "1" || env.LAUNCHGATE_DEBUG === "true" };
  for (const [key, name] of Object.entries(NUMBERS)) {
    const text = env[name];
    if (text === void 0 || text.trim() === "") continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) {
      throw new ConfigurationError(`${name} must be a number of milliseconds (0 or more), got '${text}'`, {
        key: name
      });
    }
    knobs[key] = value;
  }
  return knobs;
}

// src/runtime/runtime.ts
function createRuntime(base) {
  const knobs = base.knobs ?? readKnobs(base.env);
  const clients = /* @__PURE__ */ new Map();
  let loaded;
  let event;
  const workspace = base.env.GITHUB_WORKSPACE || base.cwd;
  const requestError = (message, key) => base.surface === "cli" ? new UsageError(message) : new ConfigurationError(message, { key });
  const http = {
    log: base.logger,
    ...knobs.retryBaseMs === void 0 ? {} : { retryBaseMs: knobs.retryBaseMs }
  };
  const runtime = {
    ...base,
    knobs,
    http,
    sentry: connectSentry(http),
    embeddings: (section) => embeddingsFromConfig(section, base.env, base.logger, http),
    rootInWorkspace: base.surface === "action" ? path.relative(workspace, base.root).split(path.sep).join("/") : "",
    config: () => loaded ??= loadConfig({ root: base.root, configPath: base.configPath }),
    event: () => event ??= readRunEvent(base.env),
    repo(hint) {
      const text = base.request.text("repo") ?? base.env.GITHUB_REPOSITORY;
      const repo = parseRepo(text);
      if (repo) return repo;
      const wrong = text ? `the repository must be owner/name, got '${text}'` : void 0;
      throw requestError(
        base.surface === "cli" ? `${wrong ?? "name the repository"}: --repo owner/name (or GITHUB_REPOSITORY)${hint ? `; ${hint}` : ""}` : wrong ?? "GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow",
        "repo"
      );
    },
    github(token = base.token) {
      const key = token ?? "";
      let client = clients.get(key);
      if (!client) {
        client = createGitHubClient({
          token,
          baseUrl: base.request.text("api-url") ?? base.env.GITHUB_API_URL,
          log: base.logger,
          retryAfterBaseMs: knobs.retryBaseMs,
          writeSpacingMs: knobs.writeSpacingMs,
          timeoutMs: knobs.githubTimeoutMs
        });
        clients.set(key, client);
      }
      return client;
    },
    forge: (token) => new GitHubForge(runtime.github(token), runtime.repo()),
    runUrl() {
      const repo = parseRepo(base.env.GITHUB_REPOSITORY);
      return repo ? workflowRunUrl(base.env, repo) : void 0;
    },
    today: () => isoDay(/* @__PURE__ */ new Date()),
    requestError
  };
  return runtime;
}

export {
  readKnobs,
  parseRepo,
  createRuntime
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  runConsolidation
} from "./chunk-VWJZTORK.js";
import "./chunk-H3HKTRRS.js";
import "./chunk-DPPD5FIM.js";
import {
  deployReport,
  localDeployPorts,
  runDeploy,
  systemClock
} from "./chunk-3SU2CL7W.js";
import {
  findBrowser
} from "./chunk-YIBJJH5B.js";
import "./chunk-7YKWWXRC.js";
import {
  liveMonitorDeps,
  liveMonitorSettings,
  runLiveMonitor
} from "./chunk-SNLX56KK.js";
import {
  LocalForge,
  openRollback
} from "./chunk-KPNDZGYK.js";
import {
  import_websocket_server
} from "./chunk-3FP6HW4Y.js";
import {
  benchmarkAtRef,
  pullRequestReport
} from "./chunk-46OXVG5F.js";
import {
  benchmarkSources
} from "./chunk-43FGFROV.js";
import "./chunk-CLW7FOZR.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-X3IRMFFO.js";
import {
  reviewReport,
  runReview
} from "./chunk-DEWBUOPC.js";
import "./chunk-QHXWOCZB.js";
import "./chunk-BJE3TUIT.js";
import "./chunk-JC6K2LR6.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-BOBXEPTZ.js";
import {
  upsertGateSection
} from "./chunk-DAKBMR4D.js";
import {
  identityEnv,
  runGit
} from "./chunk-TQIISSPJ.js";
import "./chunk-FK6VXFIS.js";
import {
  isoDay
} from "./chunk-SPUF24IV.js";
import "./chunk-3YHOWPRC.js";
import "./chunk-XVBKFZHQ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  describeConfig
} from "./chunk-CNGFGT5R.js";
import {
  gateSection,
  renderMarkdown
} from "./chunk-XOEPOA5U.js";
import {
  loadConfig
} from "./chunk-XEJXVRDQ.js";
import {
  ExitCode,
  UsageError
} from "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/rehearse.ts
import { existsSync } from "node:fs";
import path6 from "node:path";
import { fileURLToPath } from "node:url";

// src/rehearsal/run.ts
import { mkdir as mkdir2, rm, writeFile } from "node:fs/promises";
import path5 from "node:path";

// src/rehearsal/app/server.ts
import { createServer } from "node:http";

// src/rehearsal/app/assistant.ts
function assistantReply(frame, releaseId) {
  let parsed;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return JSON.stringify({ type: "error", error: "frames must be JSON objects" });
  }
  if (!parsed || typeof parsed !== "object") {
    return JSON.stringify({ type: "error", error: "frames must be JSON objects" });
  }
  const correlationId = typeof parsed.correlationId === "string" ? parsed.correlationId : void 0;
  const id = correlationId === void 0 ? {} : { correlationId };
  if (parsed.type === "ping") {
    return JSON.stringify({ type: "pong", ...id, releaseId, timestamp: (/* @__PURE__ */ new Date()).toISOString() });
  }
  if (parsed.type === "message") {
    const text = String(parsed.content ?? parsed.message ?? "").slice(0, 200);
    return JSON.stringify({
      type: "message",
      role: "assistant",
      ...id,
      content: text ? `PAM heard: "${text}". How can I help with your trip?` : "Hi, I am PAM. Where to?"
    });
  }
  return JSON.stringify({
    type: "error",
    ...id,
    error: `unknown message type ${JSON.stringify(parsed.type)}`
  });
}

// src/rehearsal/app/page.ts
var WIDGET_SCRIPT_PATH = "/assets/pam-widget.js";
function widgetPage(wsPath, fault) {
  const config = fault === "page-throws" ? "" : `<script>window.PAM_CONFIG = ${JSON.stringify({ wsPath: fault === "widget-ws-wrong" ? "/api/pam/ws" : wsPath })}</script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wheels &amp; Wins</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0; background: #f5f3ee; color: #1d2a24; }
  header { background: #1d5c3f; color: #fff; padding: 16px 24px; }
  main { padding: 24px; }
  #pam-widget { position: fixed; right: 24px; bottom: 24px; width: 320px; background: #fff; border-radius: 12px;
    box-shadow: 0 4px 16px rgba(0, 0, 0, .15); padding: 12px; }
  #pam-log { list-style: none; padding: 0; min-height: 80px; }
  #pam-log .you { text-align: right; color: #555; }
  #pam-input { width: 70%; }
</style>
</head>
<body>
<header><h1>Wheels &amp; Wins</h1></header>
<main><p>Plan your next trip: routes, campgrounds, fuel and budget, with PAM.</p></main>
${config}
<script src="${WIDGET_SCRIPT_PATH}"></script>
</body>
</html>
`;
}
var WIDGET_SCRIPT = `(function () {
  'use strict';
  var wsPath = window.PAM_CONFIG.wsPath;
  var widget = document.createElement('section');
  widget.id = 'pam-widget';
  widget.setAttribute('aria-label', 'PAM assistant');
  widget.innerHTML =
    '<strong>PAM</strong> <span id="pam-status">connecting...</span>' +
    '<ol id="pam-log" aria-live="polite"></ol>' +
    '<form id="pam-form"><input id="pam-input" aria-label="Ask PAM" autocomplete="off">' +
    ' <button type="submit">Send</button></form>';
  document.body.appendChild(widget);
  var status = document.getElementById('pam-status');
  var log = document.getElementById('pam-log');
  var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  var socket = new WebSocket(scheme + location.host + wsPath);
  var sent = 0;
  function say(who, text) {
    var item = document.createElement('li');
    item.className = who;
    item.textContent = text;
    log.appendChild(item);
  }
  socket.addEventListener('open', function () { status.textContent = 'online'; });
  socket.addEventListener('error', function () {
    status.textContent = 'offline';
    console.error('PAM: the assistant connection failed');
  });
  socket.addEventListener('message', function (event) {
    var reply = JSON.parse(event.data);
    if (reply.type === 'message') say('pam', reply.content);
  });
  document.getElementById('pam-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('pam-input');
    if (!input.value || socket.readyState !== WebSocket.OPEN) return;
    sent += 1;
    socket.send(JSON.stringify({ type: 'message', correlationId: 'widget-' + sent, content: input.value }));
    say('you', input.value);
    input.value = '';
  });
})();
`;

// src/rehearsal/app/types.ts
var WS_PATH = "/api/v1/pam/ws";
var DEFAULT_USERS = {
  "smoke-test@example.com": "smoke-test-password"
};
var DEFAULT_SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

// src/rehearsal/app/routes.ts
var INVALID_JSON = /* @__PURE__ */ Symbol("invalid JSON");
var HEALTH_TYPE = "application/health+json";
function route(state, req) {
  if (req.body === INVALID_JSON) return problem(400, "the request body is not valid JSON");
  if (req.method === "GET" && req.path === "/api/health") return health(state);
  if (req.method === "GET" && req.path === "/")
    return { status: 200, text: widgetPage(WS_PATH, state.fault), contentType: "text/html" };
  if (req.method === "GET" && req.path === WIDGET_SCRIPT_PATH)
    return { status: 200, text: WIDGET_SCRIPT, contentType: "text/javascript" };
  if (req.path === "/api/auth/login") return req.method === "POST" ? login(state, req) : notAllowed();
  if (req.path === "/api/me") return req.method === "GET" ? me(state, req) : notAllowed();
  if (req.path === "/api/trips") return req.method === "POST" ? createTrip(state, req) : notAllowed();
  const tripId = /^\/api\/trips\/([^/]+)$/.exec(req.path)?.[1];
  if (tripId) return trip(state, req, decodeURIComponent(tripId));
  return problem(404, `no route for ${req.method} ${req.path}`);
}
function health(state) {
  const time = (/* @__PURE__ */ new Date()).toISOString();
  const database = state.fault === "db-down" ? "fail" : "pass";
  const auth = state.fault === "auth-down" ? "fail" : "pass";
  const status = database === "fail" || auth === "fail" ? "fail" : "pass";
  const body = {
    status,
    version: state.version,
    releaseId: state.reportedRelease(),
    serviceId: "launchgate-example-app",
    description: "the example app of the launchgate rehearsal",
    checks: {
      "database:connection": [
        {
          componentId: "trips-db",
          componentType: "datastore",
          status: database,
          time,
          ...dbOutput(database)
        }
      ],
      "auth:login": [{ componentType: "component", status: auth, time }],
      uptime: [
        {
          componentType: "system",
          observedValue: Math.round((Date.now() - state.startedAt) / 1e3),
          observedUnit: "s",
          status: "pass",
          time
        }
      ]
    }
  };
  return { status: status === "fail" ? 503 : 200, body, contentType: HEALTH_TYPE };
}
function dbOutput(status) {
  return status === "fail" ? { output: "connection refused by the database" } : {};
}
function login(state, req) {
  if (state.fault === "auth-down") return problem(503, "the authentication service is unavailable");
  const { email, password } = req.body ?? {};
  if (typeof email !== "string" || typeof password !== "string") {
    return problem(400, 'send a JSON body with "email" and "password"');
  }
  const token = state.login(email, password);
  if (!token) return problem(401, "invalid email or password");
  return { status: 200, body: { token, tokenType: "Bearer", expiresIn: 3600 } };
}
function me(state, req) {
  if (state.fault === "auth-down") return problem(503, "the authentication service is unavailable");
  const email = state.sessionUser(req.bearer);
  if (!email) return problem(401, 'log in first and send "Authorization: Bearer <token>"');
  return { status: 200, body: { id: email, email, name: email.split("@")[0] } };
}
function createTrip(state, req) {
  if (state.fault === "db-down") return problem(503, "the database is unavailable");
  const fields = req.body ?? {};
  if (typeof fields !== "object" || Array.isArray(fields)) return problem(400, "send a JSON object");
  const trip2 = state.createTrip(fields, state.sessionUser(req.bearer));
  return { status: 201, body: trip2 };
}
function trip(state, req, id) {
  if (req.method !== "GET" && req.method !== "DELETE") return notAllowed();
  if (state.fault === "db-down") return problem(503, "the database is unavailable");
  if (req.method === "GET") {
    const found = state.trip(id);
    return found ? { status: 200, body: found } : problem(404, `no trip ${id}`);
  }
  return state.deleteTrip(id) ? { status: 204 } : problem(404, `no trip ${id}`);
}
function notAllowed() {
  return problem(405, "method not allowed");
}
function problem(status, message) {
  return { status, body: { error: message } };
}

// src/rehearsal/app/state.ts
import { randomBytes, randomUUID } from "node:crypto";
var AppState = class {
  constructor(sha, version, users, errorShare) {
    this.version = version;
    this.users = users;
    this.errorShare = errorShare;
    this.sha = sha;
  }
  version;
  users;
  errorShare;
  sha;
  previousSha;
  requests = 0;
  errors = 0;
  startedAt = Date.now();
  sessions = /* @__PURE__ */ new Map();
  trips = /* @__PURE__ */ new Map();
  errorTick = 0;
  currentFault;
  get fault() {
    return this.currentFault;
  }
  /** Switching a fault restarts the `errors` sequence, so its pattern is the same each time. */
  set fault(fault) {
    this.currentFault = fault;
    this.errorTick = 0;
  }
  /** The release health reports: the previous one under `wrong-sha` (the old build still serving). */
  reportedRelease() {
    if (this.fault !== "wrong-sha") return this.sha;
    return this.previousSha && this.previousSha !== this.sha ? this.previousSha : "0".repeat(40);
  }
  /**
   * Under `errors`, whether this request fails. Deterministic and evenly spread (the i-th request
   * fails when the running share crosses an integer), so a test gets exactly the share it set.
   */
  nextRequestFails() {
    if (this.fault !== "errors") return false;
    this.errorTick += 1;
    return Math.floor(this.errorTick * this.errorShare) > Math.floor((this.errorTick - 1) * this.errorShare);
  }
  /** A session token for valid credentials, or undefined. */
  login(email, password) {
    if (!Object.hasOwn(this.users, email) || this.users[email] !== password) return void 0;
    const token = randomBytes(24).toString("base64url");
    this.sessions.set(token, email);
    return token;
  }
  /** The email of a session token, or undefined. */
  sessionUser(token) {
    return token ? this.sessions.get(token) : void 0;
  }
  createTrip(fields, owner) {
    const trip2 = { ...fields, id: randomUUID(), createdAt: (/* @__PURE__ */ new Date()).toISOString() };
    if (owner) trip2.owner = owner;
    this.trips.set(trip2.id, trip2);
    return trip2;
  }
  trip(id) {
    return this.trips.get(id);
  }
  deleteTrip(id) {
    return this.trips.delete(id);
  }
};

// src/rehearsal/app/server.ts
var MAX_BODY_BYTES = 64 * 1024;
async function startExampleApp(options = {}) {
  const state = new AppState(
    options.sha ?? DEFAULT_SHA,
    options.version ?? "1.5.0",
    options.users ?? { ...DEFAULT_USERS },
    Math.min(Math.max(options.errorShare ?? 0.5, 0), 1)
  );
  const slowMs = options.slowMs ?? 2500;
  const waits = /* @__PURE__ */ new Set();
  const wss = new import_websocket_server.default({ noServer: true, maxPayload: MAX_BODY_BYTES });
  wss.on("connection", (socket) => {
    socket.on("message", (data) => socket.send(assistantReply(data.toString(), state.sha)));
  });
  const server = createServer((req, res) => void handle(req, res));
  server.on("upgrade", (req, socket, head) => upgrade(req, socket, head));
  async function handle(req, res) {
    state.requests += 1;
    const answer = await answerFor(req);
    if (state.fault === "slow") await pause(slowMs);
    if (answer.status >= 500) state.errors += 1;
    send(res, answer, state.sha);
  }
  async function answerFor(req) {
    const body = await readBody(req);
    if (body === TOO_LARGE) return problem(413, `the body exceeds ${MAX_BODY_BYTES} bytes`);
    if (state.nextRequestFails()) return problem(500, "internal server error (injected fault)");
    const path7 = new URL(req.url ?? "/", "http://app").pathname;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    return route(state, { method: req.method ?? "GET", path: path7, bearer, body });
  }
  function upgrade(req, socket, head) {
    state.requests += 1;
    const path7 = new URL(req.url ?? "/", "http://app").pathname;
    if (path7 !== WS_PATH || state.fault === "ws-refuse") {
      const status = path7 !== WS_PATH ? 404 : 503;
      if (status >= 500) state.errors += 1;
      socket.end(
        `HTTP/1.1 ${status} ${status === 404 ? "Not Found" : "Service Unavailable"}\r
Connection: close\r
Content-Length: 0\r
\r
`
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  }
  function pause(ms) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waits.add(done);
    });
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address();
  const host = hostForUrl(options.host ?? "127.0.0.1");
  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}${WS_PATH}`,
    setSha(sha) {
      if (sha !== state.sha) state.previousSha = state.sha;
      state.sha = sha;
    },
    setFault(fault) {
      state.fault = fault;
    },
    stats: () => ({ requests: state.requests, errors: state.errors }),
    async close() {
      for (const done of [...waits]) done();
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
var TOO_LARGE = /* @__PURE__ */ Symbol("too large");
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID_JSON;
  }
}
function send(res, answer, sha) {
  const headers = { "x-release-id": sha, "cache-control": "no-store" };
  if (answer.text !== void 0) {
    headers["content-type"] = `${answer.contentType ?? "text/plain"}; charset=utf-8`;
    res.writeHead(answer.status, headers).end(answer.text);
    return;
  }
  if (answer.body === void 0) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  headers["content-type"] = `${answer.contentType ?? "application/json"}; charset=utf-8`;
  res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}
function hostForUrl(host) {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

// src/rehearsal/steps.ts
async function runStep(name, progress, body, now = Date.now) {
  progress(`-> ${name}`);
  const started = now();
  const result = await body();
  const ms = now() - started;
  progress(`${result.ok ? "ok  " : "FAIL"} ${name} (${formatMs(ms)}): ${result.headline}`);
  return { name, ms, ...result };
}
function formatMs(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}

// src/rehearsal/deploy-stage.ts
import path from "node:path";
async function startProduction(ws, releaseDelayMs = 600) {
  const mainSha = async () => (await runGit(["rev-parse", "refs/heads/main"], { cwd: ws.remote })).stdout.trim();
  let live = await mainSha();
  const app = await startExampleApp({ sha: live });
  let stopped = false;
  const follow = async () => {
    while (!stopped) {
      const head = await mainSha();
      if (head !== live) {
        await new Promise((r) => setTimeout(r, releaseDelayMs));
        live = head;
        app.setSha(head);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const host = follow();
  return {
    app,
    stop: async () => {
      stopped = true;
      await host;
      await app.close();
    }
  };
}
function rehearsalDeployConfig(config, app, artifactsDir) {
  return {
    ...config,
    targets: [
      {
        name: "backend (rehearsal host)",
        kind: "health",
        "health-url": `${app.url}/api/health`,
        url: app.url
      }
    ],
    smoke: { ...config.smoke, "base-url": app.url, "artifacts-dir": artifactsDir },
    "poll-seconds": 0.25,
    "wait-timeout-minutes": 1,
    sentry: void 0
  };
}
async function recordGateChecks(ws, gate) {
  for (const step of gate.filter((s) => s.report)) {
    await ws.forge.recordCheck("staging", {
      name: `launchgate ${step.report.capability}`,
      state: step.ok ? "success" : "failure",
      source: "check-run"
    });
  }
}
async function runDeployStage(ws, production, config, gate, progress, env = {}) {
  await recordGateChecks(ws, gate);
  const browserEnv = announceBrowser(config, env, progress);
  const [email, password] = Object.entries(DEFAULT_USERS)[0];
  const secrets = Object.fromEntries(
    config.checklist.secrets.map((name) => [name, `rehearsal-${name.toLowerCase()}`])
  );
  return runStep("deploy staging -> main", progress, async () => {
    const ports = await localDeployPorts({
      gitDir: ws.remote,
      stateDir: path.join(ws.dir, "forge"),
      repo: ws.forge.repo,
      env: ws.gitEnv
    });
    const outcome = await runDeploy(
      {
        ...ports,
        env: { ...browserEnv, ...secrets, SMOKE_TEST_EMAIL: email, SMOKE_TEST_PASSWORD: password },
        clock: systemClock,
        log: (line) => progress(`     ${line}`),
        openRollback,
        name: "launchgate rehearsal"
      },
      {
        config: rehearsalDeployConfig(config, production.app, path.join(ws.dir, "smoke")),
        dryRun: false,
        skips: []
      }
    );
    const report = deployReport(outcome);
    return { ok: report.ok, headline: report.title, report };
  });
}
function announceBrowser(config, env, progress) {
  const browserEnv = {
    PATH: env.PATH,
    LAUNCHGATE_BROWSER: env.LAUNCHGATE_BROWSER,
    LAUNCHGATE_NO_BROWSER: env.LAUNCHGATE_NO_BROWSER
  };
  const tests = config.smoke.tests.filter((t) => t.kind === "browser").length;
  if (tests === 0) return browserEnv;
  const choice = findBrowser(config.smoke.browser, browserEnv);
  progress(
    "executable" in choice ? `     browser smoke: ${tests} test(s) in ${choice.executable} (from ${choice.source})` : `     browser smoke: NOT RUN, ${choice.missing}`
  );
  return browserEnv;
}

// src/rehearsal/monitor-stage.ts
import path2 from "node:path";
function rehearsalMonitorConfig(config, production) {
  return {
    ...config,
    sentry: void 0,
    health: { url: `${production.app.url}/api/health`, probes: 5, "timeout-ms": 2e3 },
    websocket: { url: production.app.wsUrl, probes: 10, "timeout-ms": 2e3 },
    "min-samples": { ...config["min-samples"], "websocket-attempts": 10 },
    "base-branch": "main"
  };
}
async function runMonitorStage(ws, production, config, progress, options = {}) {
  const monitor = rehearsalMonitorConfig(config, production);
  const forge = await LocalForge.open({
    gitDir: ws.remote,
    stateDir: path2.join(ws.dir, "forge"),
    repo: ws.forge.repo,
    env: ws.gitEnv
  });
  const setup = {
    config: monitor,
    forge,
    git: { env: ws.gitEnv },
    logger: { info: (m) => progress(`     ${m}`), warning: (m) => progress(`     warning: ${m}`) }
  };
  const check = () => runLiveMonitor(liveMonitorDeps(setup), liveMonitorSettings(monitor, { force: true }));
  const rollbacks = async () => ({
    pulls: (await forge.findPullRequests({ state: "all" })).filter(
      (p) => p.labels.includes(monitor.labels.rollback)
    ).length,
    issues: (await forge.findIssues({ state: "all", labels: [monitor.labels.rollback] })).length
  });
  const steps = [];
  for (let tick = 1; tick <= (options.healthyTicks ?? 2); tick++) {
    steps.push(
      await runStep(`monitor tick ${tick} (healthy)`, progress, async () => {
        const run = await check();
        return { ok: run.result?.decision === "healthy", headline: run.report.title, report: run.report };
      })
    );
  }
  const fault = options.fault ?? "ws-refuse";
  production.app.setFault(fault);
  progress(`!!   fault injected in production: ${fault}`);
  for (let tick = 1; tick <= 3; tick++) {
    let decision;
    steps.push(
      await runStep(`monitor tick with the fault (${tick})`, progress, async () => {
        const run = await check();
        decision = run.result?.decision;
        return { ok: decision === "rollback" || tick < 3, headline: run.report.title, report: run.report };
      })
    );
    if (decision === "rollback") break;
  }
  const opened = await rollbacks();
  steps.push(
    await runStep("re-run adds nothing", progress, async () => {
      await check();
      const after = await rollbacks();
      const ok = opened.pulls === 1 && opened.issues === 1 && after.pulls === 1 && after.issues === 1;
      return {
        ok,
        headline: `rollback pull requests: ${after.pulls}, rollback issues: ${after.issues} (exactly one of each expected)`
      };
    })
  );
  return steps;
}

// src/rehearsal/pr-gate.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";
async function runPullRequestGate(ws, progress, today) {
  const { config } = await loadConfig({ root: ws.work });
  const base = "staging";
  const comment = async (report) => {
    await upsertGateSection(ws.forge, ws.pullNumber, gateSection(report), { settleMs: 0 });
    return { ok: report.ok, headline: report.title, report };
  };
  const steps = [];
  steps.push(
    await runStep(
      "config",
      progress,
      () => comment(describeConfig({ config, file: ".github/launchgate.yml" }))
    )
  );
  steps.push(
    await runStep(
      "consolidation",
      progress,
      async () => comment(
        await runConsolidation({ root: ws.work, config: config.consolidation, since: base, cacheDir: false })
      )
    )
  );
  steps.push(
    await runStep("prefilter", progress, async () => {
      const p = config.prefilter;
      const read = (file) => readFile(path3.join(ws.work, file), "utf8");
      const head = benchmarkSources(
        { text: await read(p.tools), name: p.tools },
        { text: await read(p.cases), name: p.cases },
        p
      );
      const before = await benchmarkAtRef(ws.work, base, void 0);
      return comment(pullRequestReport(head, before.benchmark, before.note));
    })
  );
  steps.push(
    await runStep("review (7 agents)", progress, async () => {
      const minScore = config.review["min-score"];
      const outcome = await runReview({
        root: ws.work,
        base,
        head: "HEAD",
        agents: config.review.agents,
        provider: "offline",
        minScore,
        waiversPath: config.review.waivers,
        exclude: config.review.exclude,
        coveragePath: config.review.coverage,
        today
      });
      return comment(reviewReport(outcome, minScore));
    })
  );
  if (steps.every((s) => s.ok)) {
    steps.push(
      await runStep("merge into staging", progress, async () => {
        const merged = await ws.forge.mergeBranches({
          base,
          head: ws.branch,
          message: `Merge pull request #${ws.pullNumber} from ${ws.branch}`
        });
        const ok = merged.status === "merged";
        return {
          ok,
          headline: ok ? `staging is at ${merged.status === "merged" ? merged.sha.slice(0, 7) : ""}` : merged.status
        };
      })
    );
  }
  return steps;
}

// src/rehearsal/workspace.ts
import { cp, mkdir, mkdtemp, readFile as readFile2 } from "node:fs/promises";
import os from "node:os";
import path4 from "node:path";
var IDENTITY = { name: "Wheels & Wins team", email: "team@wheels.example" };
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".launchgate", ".cache"]);
async function prepareWorkspace(example, patch) {
  const dir = await mkdtemp(path4.join(os.tmpdir(), "launchgate-rehearsal-"));
  const work = path4.join(dir, "app");
  const remote = path4.join(dir, "origin.git");
  await cp(example, work, { recursive: true, filter: (src) => !SKIP.has(path4.basename(src)) });
  const env = { ...identityEnv(IDENTITY), GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  const git = (...args) => runGit(args, { cwd: work, env });
  await git("init", "-q", "-b", "main");
  await git("add", "-A");
  await git("commit", "-q", "-m", "Wheels & Wins before week 4");
  await git("branch", "staging");
  await runGit(["init", "-q", "--bare", remote], { cwd: dir, env });
  await git("remote", "add", "origin", remote);
  await git("push", "-q", "origin", "main", "staging");
  const branch = "week4/consolidation";
  await git("checkout", "-q", "-b", branch, "staging");
  await runGit(["apply", "--index", "-"], { cwd: work, env, input: await readFile2(patch, "utf8") });
  await git("commit", "-q", "-m", "Consolidate PAM WebSocket hooks and components (phases 2 and 3)");
  await git("push", "-q", "origin", branch);
  await mkdir(path4.join(dir, "forge"));
  const forge = await LocalForge.open({
    gitDir: remote,
    stateDir: path4.join(dir, "forge"),
    repo: { owner: "wheels-and-wins", repo: "app" },
    env
  });
  const pull = await forge.createPullRequest({
    title: "Week 4: consolidate PAM WebSocket and components",
    body: "Phases 2 and 3 of the launch plan: 4 WebSocket implementations become 1, Pam + PamAssistant become 1.",
    head: branch,
    base: "staging"
  });
  return { dir, work, remote, forge, gitEnv: env, branch, pullNumber: pull.number };
}

// src/rehearsal/run.ts
async function runRehearsal(options) {
  const { progress } = options;
  progress("-> preparing the example repository (main, staging, a bare origin, the week-4 pull request)");
  const ws = await prepareWorkspace(options.example, options.patch);
  progress(`ok   workspace ${ws.dir}, pull request #${ws.pullNumber} (${ws.branch} -> staging)`);
  const gate = await runPullRequestGate(ws, progress, options.today);
  const steps = [...gate];
  if (gate.every((s) => s.ok)) {
    const { config } = await loadConfig({ root: ws.work });
    progress("-> starting production on loopback (the example app, and a host that deploys main)");
    const production = await startProduction(ws);
    progress(`ok   production at ${production.app.url}`);
    try {
      const deployed = await runDeployStage(ws, production, config.deploy, gate, progress, options.env);
      steps.push(deployed);
      if (deployed.ok) steps.push(...await runMonitorStage(ws, production, config.monitor, progress));
    } finally {
      await production.stop();
    }
  }
  const ok = steps.every((s) => s.ok);
  const workspaceKept = !ok || options.keepWorkspace === true;
  if (workspaceKept) progress(`     workspace kept: ${ws.dir}`);
  else await rm(ws.dir, { recursive: true, force: true });
  await mkdir2(options.outDir, { recursive: true });
  const reportFile = path5.join(options.outDir, "rehearsal.md");
  await writeFile(reportFile, rehearsalMarkdown(steps, workspaceKept ? ws.dir : void 0));
  return { ok, steps, reportFile, workspace: ws.dir, workspaceKept };
}
function rehearsalMarkdown(steps, workspace) {
  const rows = steps.map(
    (s) => `| ${s.ok ? "ok" : "FAIL"} | ${s.name} | ${formatMs(s.ms)} | ${s.headline.replace(/\|/g, "\\|")} |`
  );
  const details = steps.filter((s) => s.report).map((s) => renderMarkdown(s.report, { maxChars: Infinity }));
  return [
    "# launchgate release rehearsal",
    "",
    workspace ? `Workspace: \`${workspace}\`` : "Workspace: removed after the run (`--keep-workspace` keeps it).",
    "",
    "| result | step | time | outcome |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    ...details
  ].join("\n");
}

// src/cli/commands/rehearse.ts
function bundledExample() {
  let dir = path6.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path6.join(dir, "examples", "wheels-and-wins");
    if (existsSync(candidate)) return candidate;
    dir = path6.dirname(dir);
  }
  throw new UsageError("the bundled example is missing from this install; pass --example <dir>");
}
function registerRehearse(program, io, done) {
  program.command("rehearse").description("run the whole pipeline on the bundled example, offline (what `npm start` runs)").option("--example <dir>", "example repository to rehearse on (default: the bundled one)").option("--out <dir>", "folder for the report (default: .launchgate/rehearsal)").option("--keep-workspace", "keep the temporary repositories of a passing run (a failing run keeps them)").action(async (raw) => {
    const example = raw.example ? path6.resolve(io.cwd, String(raw.example)) : bundledExample();
    const result = await runRehearsal({
      example,
      patch: path6.join(example, "rehearsal", "week4-consolidation.patch"),
      outDir: path6.resolve(io.cwd, String(raw.out ?? ".launchgate/rehearsal")),
      progress: (line) => io.stderr(`${line}
`),
      today: isoDay(/* @__PURE__ */ new Date()),
      env: io.env,
      keepWorkspace: raw.keepWorkspace === true
    });
    const total = result.steps.reduce((ms, s) => ms + s.ms, 0);
    io.stdout(
      `${result.ok ? "Rehearsal passed" : "Rehearsal found problems"}: ${result.steps.length} steps in ${formatMs(total)}.
Full report: ${result.reportFile}
`
    );
    done(result.ok ? ExitCode.ok : ExitCode.gateFailed);
  });
}
export {
  registerRehearse
};

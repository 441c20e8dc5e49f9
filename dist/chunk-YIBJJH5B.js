import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  probeWebSocket
} from "./chunk-3FP6HW4Y.js";
import {
  nearestRank
} from "./chunk-WLCSS6DB.js";
import {
  createHttpClient,
  redact,
  toApiError
} from "./chunk-43CQW6Z7.js";
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";

// src/deploy/smoke/verdict.ts
function valueAt(body, path4) {
  let value = body;
  for (const segment of path4.split(".")) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[segment];
  }
  return value;
}
function answerProblems(expect, answer) {
  if (answer.error !== void 0) return [answer.error];
  const problems = [];
  if (answer.status !== expect.status)
    problems.push(`HTTP ${answer.status ?? "?"} instead of ${expect.status}`);
  for (const [path4, wanted] of Object.entries(expect.json)) {
    const got = valueAt(answer.body, path4);
    if (got !== wanted)
      problems.push(`${path4} is ${JSON.stringify(got) ?? "missing"}, expected ${JSON.stringify(wanted)}`);
  }
  const budget = expect["latency-ms"];
  if (budget !== void 0 && answer.latencyMs > budget) {
    problems.push(`took ${answer.latencyMs} ms, over its ${budget} ms budget`);
  }
  return problems;
}
function p95(samples) {
  return nearestRank(samples, 0.95);
}
function latencyVerdict(results, budgetMs) {
  const samples = results.flatMap((r) => r.httpLatenciesMs);
  const value = p95(samples);
  return { samples: samples.length, p95Ms: value, budgetMs, ok: value === void 0 || value < budgetMs };
}
function smokePassed(results, latency) {
  return results.every((r) => r.ok) && latency.ok;
}

// src/deploy/smoke/visual/report.ts
function visualFindings(results) {
  return results.filter((r) => !r.ok || r.notRun).map((r) => ({
    rule: r.notRun ? "deploy/visual/not-run" : "deploy/visual/changed",
    severity: r.notRun ? "MEDIUM" : "HIGH",
    title: `${r.name} (${r.path})`,
    message: r.diff ? `${r.detail}: before ${r.before}, after ${r.after}, diff ${r.diff}` : r.detail
  }));
}
function visualSection(results) {
  if (results.length === 0) return void 0;
  const rows = results.map((r) => [
    r.notRun ? "NOT RUN" : r.ok ? "same" : "CHANGED",
    r.name,
    r.path,
    r.detail,
    [r.before, r.after, r.diff].filter(Boolean).join(" ")
  ]);
  return {
    title: "UI comparison",
    table: { columns: ["result", "page", "path", "difference", "before, after, diff"], rows }
  };
}

// src/deploy/smoke/report.ts
function smokeMark(result) {
  return result.notRun ? "NOT RUN" : result.ok ? "pass" : "FAIL";
}
function smokeTable(results) {
  return {
    columns: ["result", "test", "kind", "time", "detail"],
    rows: results.map((t) => [smokeMark(t), t.name, t.kind, `${t.durationMs} ms`, t.detail])
  };
}
function smokeFindings(results) {
  return results.filter((t) => !t.ok || t.notRun).map((t) => ({
    rule: t.ok ? "deploy/smoke/not-run" : `deploy/smoke/${t.kind}`,
    severity: t.ok ? "MEDIUM" : "CRITICAL",
    title: t.name,
    message: t.detail
  }));
}
function smokeCount(results) {
  const notRun = results.filter((t) => t.notRun).length;
  return `${results.length - notRun} smoke test(s) passed${notRun > 0 ? `, ${notRun} not run` : ""}`;
}
function screenshotSection(results) {
  const shots = results.filter((t) => t.screenshot);
  if (shots.length === 0) return void 0;
  return {
    title: "Screenshots",
    table: { columns: ["test", "file"], rows: shots.map((t) => [t.name, t.screenshot]) }
  };
}
function latencyLine(latency) {
  return latency?.p95Ms === void 0 ? "no HTTP request was timed" : `P95 of ${latency.samples} HTTP request(s): ${latency.p95Ms} ms, budget < ${latency.budgetMs} ms: ${latency.ok ? "pass" : "FAIL"}`;
}
function smokeReport(baseUrl, results, latency, visual = []) {
  const changed = visual.filter((v) => !v.ok).length;
  const ok = smokePassed(results, latency) && changed === 0;
  const passed = results.filter((t) => t.ok && !t.notRun).length;
  const failed = results.filter((t) => !t.ok && !t.notRun).length;
  const notRun = results.filter((t) => t.notRun).length;
  const title = [
    `${passed} of ${results.length} smoke test(s) passed against ${baseUrl}`,
    failed > 0 ? `${failed} failed` : "",
    notRun > 0 ? `${notRun} not run` : "",
    latency.ok ? "" : `P95 ${latency.p95Ms} ms over the ${latency.budgetMs} ms budget`,
    changed > 0 ? `${changed} page(s) look different from the baseline` : ""
  ].filter((part) => part !== "").join(", ");
  const findings = smokeFindings(results);
  if (!latency.ok)
    findings.push({
      rule: "deploy/smoke/p95",
      severity: "HIGH",
      message: `P95 ${latency.p95Ms} ms is not under the ${latency.budgetMs} ms budget`
    });
  findings.push(...visualFindings(visual));
  const sections = [
    { title: "Smoke tests", text: latencyLine(latency), table: smokeTable(results) },
    screenshotSection(results),
    visualSection(visual)
  ].filter((s) => s !== void 0);
  const tests = results.map(({ detail, ...rest }) => ({ ...rest, message: detail }));
  return {
    capability: "smoke",
    title,
    ok,
    findings,
    sections,
    data: { baseUrl, tests, latency, ...visual.length > 0 ? { visual } : {} }
  };
}

// src/deploy/smoke/browser/run.ts
import { mkdir } from "node:fs/promises";
import path2 from "node:path";

// src/deploy/smoke/browser/judge.ts
var MAX_LISTED = 3;
function browserProblems(test, seen) {
  if (seen.navigationError !== void 0) return [`could not load ${seen.url}: ${seen.navigationError}`];
  const problems = [];
  if (seen.documentStatus !== void 0 && seen.documentStatus >= 400)
    problems.push(`the page answered HTTP ${seen.documentStatus}`);
  if (seen.pageErrors.length > 0)
    problems.push(`uncaught exception${plural(seen.pageErrors)}: ${listed(seen.pageErrors)}`);
  const consoleErrors = seen.consoleErrors.filter((m) => !isNetworkMessage(m)).filter((m) => !allowed(m, test["allow-console-errors"]));
  if (consoleErrors.length > 0) problems.push(`console.error: ${listed(consoleErrors)}`);
  problems.push(...seen.unmet);
  const failed = ownFailures(test, seen);
  if (failed.length > 0)
    problems.push(
      `failed request${plural(failed)} to the app's origin: ${listed(failed.map(describeRequest))}`
    );
  const socket = socketProblem(test["expect-websocket"], seen.sockets);
  if (socket) problems.push(socket);
  return problems;
}
function browserSummary(test, seen) {
  const parts = [`loaded ${new URL(seen.url).pathname}${status(seen.documentStatus)}`];
  if (test["expect-selector"]) parts.push(`${test["expect-selector"]} visible`);
  if (seen.stepsDone > 0) parts.push(`${seen.stepsDone} step(s) done`);
  const texts = expectedTexts(test);
  if (texts.length > 0) parts.push(`saw ${texts.map((t) => JSON.stringify(t)).join(", ")}`);
  const wanted = test["expect-websocket"];
  const socket = wanted ? seen.sockets.find((s) => pathOf(s.url) === wanted) : void 0;
  if (socket) parts.push(`WebSocket ${wanted} open (${socket.framesReceived} frame(s) received)`);
  parts.push("no uncaught exception, console.error or failed same-origin request");
  return parts.join(", ");
}
function expectedTexts(test) {
  const text = test["expect-text"];
  return text === void 0 ? [] : Array.isArray(text) ? text : [text];
}
function ownFailures(test, seen) {
  const host = new URL(seen.url).host;
  const sockets = seen.sockets.filter((s) => s.error !== void 0 && pathOf(s.url) !== test["expect-websocket"]).map((s) => ({ method: "WebSocket", url: s.url, error: s.error }));
  return [...seen.failedRequests.filter((r) => r.url !== seen.url), ...sockets].filter((r) => hostOf(r.url) === host).filter((r) => !allowed(r.url, test["allow-failed-requests"]));
}
function socketProblem(wanted, sockets) {
  if (wanted === void 0) return void 0;
  const matching = sockets.filter((s) => pathOf(s.url) === wanted);
  if (matching.length === 0) {
    const others = sockets.map((s) => s.url);
    return `the page opened no WebSocket to ${wanted}${others.length > 0 ? ` (it opened ${listed(others)})` : ""}`;
  }
  if (matching.every((s) => s.error !== void 0))
    return `the WebSocket to ${wanted} failed: ${matching[0].error}`;
  return void 0;
}
function isNetworkMessage(message) {
  return message.startsWith("Failed to load resource:") || /^WebSocket connection to '[^']*' failed/.test(message);
}
function describeRequest(r) {
  return `${r.method} ${r.url} ${r.status !== void 0 ? `HTTP ${r.status}` : r.error ?? "failed"}`;
}
function allowed(text, allowList) {
  return allowList.some((a) => text.includes(a));
}
function listed(items) {
  const shown = items.slice(0, MAX_LISTED).map((i) => i.length > 300 ? `${i.slice(0, 297)}...` : i);
  const more = items.length - shown.length;
  return shown.join(" | ") + (more > 0 ? ` (and ${more} more)` : "");
}
function plural(items) {
  return items.length === 1 ? "" : "s";
}
function status(code) {
  return code === void 0 ? "" : ` (HTTP ${code})`;
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return void 0;
  }
}
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return void 0;
  }
}

// src/deploy/smoke/browser/drive.ts
async function drivePage(browser, test, url, screenshotFile) {
  const context = await browser.newContext({ viewport: test.viewport });
  try {
    const page = await context.newPage();
    const seen = observe(page, url);
    const deadline = Date.now() + test["timeout-ms"];
    const left = () => Math.max(1, deadline - Date.now());
    try {
      const response = await page.goto(url, { waitUntil: "load", timeout: left() });
      seen.documentStatus = response?.status();
      await expectAndAct(page, test, seen, left);
      if (test["settle-ms"] > 0) await page.waitForTimeout(Math.min(test["settle-ms"], left()));
    } catch (error) {
      seen.navigationError = firstLine(error).replace(/^(?:async )?[\w$.]+: (?=net::|Timeout )/, "");
    }
    return { seen, ...screenshotFile ? await screenshot(page, screenshotFile) : {} };
  } finally {
    await context.close().catch(() => void 0);
  }
}
function observe(page, url) {
  const seen = {
    ...{ url, pageErrors: [], consoleErrors: [], failedRequests: [], sockets: [], unmet: [] },
    stepsDone: 0
  };
  const failures = /* @__PURE__ */ new Map();
  const fail = (request) => {
    const key = `${request.method} ${request.url}`;
    const known = failures.get(key);
    if (!known) {
      failures.set(key, request);
      seen.failedRequests.push(request);
    } else if (request.status !== void 0) {
      Object.assign(known, request);
    }
  };
  page.on("pageerror", (error) => seen.pageErrors.push(`${error.name}: ${firstLine(error)}`));
  page.on("console", (message) => {
    if (message.type() === "error") seen.consoleErrors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      fail({ method: response.request().method(), url: response.url(), status: response.status() });
  });
  page.on(
    "requestfailed",
    (request) => fail({ method: request.method(), url: request.url(), error: request.failure()?.errorText ?? "failed" })
  );
  page.on("websocket", (socket) => {
    const record = { url: socket.url(), framesReceived: 0 };
    seen.sockets.push(record);
    socket.on("socketerror", (error) => record.error ??= error);
    socket.on("framereceived", () => record.framesReceived += 1);
  });
  return seen;
}
async function expectAndAct(page, test, seen, left) {
  const selector = test["expect-selector"];
  if (selector !== void 0) {
    const problem = await visible(page, selector, left, test["timeout-ms"]);
    if (problem) {
      seen.unmet.push(problem);
      return;
    }
  }
  for (const [index, step] of test.steps.entries()) {
    try {
      await runStep(page, step, left);
      seen.stepsDone += 1;
    } catch (error) {
      const why = isTimeout(error) ? `not done within the test's ${test["timeout-ms"]} ms` : firstLine(error);
      seen.unmet.push(`step ${index + 1} (${describeStep(step)}) failed: ${why}`);
      return;
    }
  }
  for (const text of expectedTexts(test)) {
    try {
      await page.getByText(text).first().waitFor({ state: "visible", timeout: left() });
    } catch {
      seen.unmet.push(`the text ${JSON.stringify(text)} did not appear within ${test["timeout-ms"]} ms`);
    }
  }
}
async function visible(page, selector, left, budget) {
  const locator = page.locator(selector).first();
  try {
    await locator.waitFor({ state: "visible", timeout: left() });
    return void 0;
  } catch {
    if (await locator.isVisible().catch(() => false))
      return `${selector} was visible only after the test's ${budget} ms had run out (a slow page)`;
    const count = await page.locator(selector).count().catch(() => 0);
    return count === 0 ? `${selector} never appeared within ${budget} ms` : `${selector} is in the page but was not visible within ${budget} ms`;
  }
}
async function runStep(page, step, left) {
  const timeout = left();
  if ("type" in step) return page.locator(step.type.selector).first().fill(step.type.text, { timeout });
  if ("click" in step) return page.locator(step.click).first().click({ timeout });
  if ("wait-for" in step) return page.locator(step["wait-for"]).first().waitFor({ state: "visible", timeout });
  if ("wait-for-text" in step)
    return page.getByText(step["wait-for-text"]).first().waitFor({ state: "visible", timeout });
  const press = typeof step.press === "string" ? { key: step.press } : step.press;
  if (press.selector) return page.locator(press.selector).first().press(press.key, { timeout });
  return page.keyboard.press(press.key);
}
function describeStep(step) {
  if ("type" in step) return `type into ${step.type.selector}`;
  if ("click" in step) return `click ${step.click}`;
  if ("wait-for" in step) return `wait for ${step["wait-for"]}`;
  if ("wait-for-text" in step) return `wait for the text ${JSON.stringify(step["wait-for-text"])}`;
  return typeof step.press === "string" ? `press ${step.press}` : `press ${step.press.key} in ${step.press.selector}`;
}
async function screenshot(page, file) {
  try {
    await page.screenshot({ path: file, timeout: 15e3 });
    return { screenshot: file };
  } catch (error) {
    return { screenshotError: firstLine(error) };
  }
}
function isTimeout(error) {
  return error instanceof Error && error.name === "TimeoutError";
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].trim();
}

// src/deploy/smoke/browser/find-browser.ts
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
var BROWSER_NAMES = [
  "google-chrome",
  "google-chrome-stable",
  "chromium",
  "chromium-browser",
  "chrome"
];
var WELL_KNOWN = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/usr/bin/chromium",
  "/usr/bin/google-chrome"
];
function chooseBrowser(configured, env, isExecutable) {
  if (env.LAUNCHGATE_NO_BROWSER === "1") return { missing: "LAUNCHGATE_NO_BROWSER=1 is set" };
  if (configured) {
    return isExecutable(configured) ? { executable: configured, source: "deploy.smoke.browser" } : { missing: `deploy.smoke.browser is ${configured}, which is not an executable file` };
  }
  const fromEnv = env.LAUNCHGATE_BROWSER;
  if (fromEnv) {
    return isExecutable(fromEnv) ? { executable: fromEnv, source: "LAUNCHGATE_BROWSER" } : { missing: `LAUNCHGATE_BROWSER is ${fromEnv}, which is not an executable file` };
  }
  const dirs = (env.PATH ?? "").split(path.delimiter).filter((d) => d !== "");
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return { executable: file, source: "PATH" };
    }
  }
  const known = WELL_KNOWN.find(isExecutable);
  if (known) return { executable: known, source: "a well-known location" };
  return {
    missing: `no Chrome or Chromium found (looked for ${BROWSER_NAMES.join(", ")} on PATH): install one (apt-get install chromium) or set LAUNCHGATE_BROWSER or deploy.smoke.browser`
  };
}
function findBrowser(configured, env) {
  return chooseBrowser(configured, env, isExecutableFile);
}
function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

// src/deploy/smoke/browser/run.ts
function browserPool(configured, env) {
  let launched;
  return {
    get() {
      launched ??= launch(configured, env);
      return launched;
    },
    async close() {
      const started = await launched;
      if (started && "browser" in started) await started.browser.close().catch(() => void 0);
    }
  };
}
async function launch(configured, env) {
  const choice = findBrowser(configured, env);
  if ("missing" in choice) return choice;
  try {
    const { chromium } = await import("./playwright-core-MP3BZJ4M.js");
    const browser = await chromium.launch({ executablePath: choice.executable, timeout: 6e4 });
    return { browser };
  } catch (error) {
    return {
      missing: `the browser ${choice.executable} (from ${choice.source}) did not start: ${firstLine(error)}`
    };
  }
}
async function runBrowserTest(test, pool, url, artifactsDir) {
  const started = await pool.get();
  if ("missing" in started) {
    const consequence = test.required ? "required: true, so this fails" : "set required: true to fail instead";
    return {
      ok: !test.required,
      notRun: true,
      detail: `NOT RUN, no browser: ${started.missing} (${consequence})`,
      httpLatenciesMs: []
    };
  }
  let file;
  if (test.screenshot) {
    await mkdir(artifactsDir, { recursive: true });
    file = path2.join(artifactsDir, `${fileSlug(test.name)}.png`);
  }
  const { seen, screenshot: screenshot2, screenshotError } = await drivePage(started.browser, test, url, file);
  const problems = browserProblems(test, seen);
  const shot = screenshot2 ? `; screenshot ${screenshot2}` : screenshotError ? `; no screenshot: ${screenshotError}` : "";
  const detail = problems.length > 0 ? problems.join("; ") : browserSummary(test, seen);
  return {
    ok: problems.length === 0,
    detail: detail + shot,
    httpLatenciesMs: [],
    ...screenshot2 ? { screenshot: screenshot2 } : {}
  };
}
function fileSlug(name) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug === "" ? "page" : slug.slice(0, 80);
}

// src/deploy/smoke/run.ts
import path3 from "node:path";

// src/deploy/smoke/db-write.ts
function roundTripProblems(sent, read) {
  return Object.entries(sent).filter(([, value]) => value === null || typeof value !== "object").filter(([key, value]) => valueAt(read, key) !== value).map(
    ([key, value]) => `${key} read back as ${JSON.stringify(valueAt(read, key)) ?? "missing"}, wrote ${JSON.stringify(value)}`
  );
}
var is2xx = (a) => a.error === void 0 && a.status !== void 0 && a.status >= 200 && a.status < 300;
var describe = (what, a) => `${what}: ${a.error ?? `HTTP ${a.status}`}`;
async function runDatabaseWrite(test, session) {
  const auth = test.authenticated ? await session.bearer() : { headers: {} };
  if ("error" in auth) return { ok: false, detail: `login: ${auth.error}`, httpLatenciesMs: [] };
  const latencies = [];
  const call = async (method, path4, body) => {
    const answer = await session.send({
      method,
      url: session.url(path4),
      headers: auth.headers,
      body,
      timeoutMs: test["timeout-ms"]
    });
    if (answer.error === void 0) latencies.push(answer.latencyMs);
    return answer;
  };
  const created = await call("POST", test.path, test.body);
  const id = valueAt(created.body, test["id-field"]);
  if (!is2xx(created))
    return { ok: false, detail: describe(`POST ${test.path}`, created), httpLatenciesMs: latencies };
  if (typeof id !== "string" && typeof id !== "number") {
    return {
      ok: false,
      detail: `POST ${test.path} answered without '${test["id-field"]}'; nothing to read back or delete`,
      httpLatenciesMs: latencies
    };
  }
  const itemPath = `${test.path.replace(/\/+$/, "")}/${encodeURIComponent(String(id))}`;
  const read = await call("GET", itemPath);
  const problems = is2xx(read) ? roundTripProblems(test.body, read.body) : [describe(`GET ${itemPath}`, read)];
  const removed = await call("DELETE", itemPath);
  const gone = is2xx(removed) ? await call("GET", itemPath) : void 0;
  if (!is2xx(removed))
    problems.push(
      `${describe(`DELETE ${itemPath}`, removed)}: the test record ${id} is left behind, delete it by hand`
    );
  else if (gone?.status !== 404)
    problems.push(
      `GET ${itemPath} after the delete answered ${gone?.error ?? `HTTP ${gone?.status}`}, not 404`
    );
  if (problems.length > 0) return { ok: false, detail: problems.join("; "), httpLatenciesMs: latencies };
  return {
    ok: true,
    detail: `wrote ${itemPath}, read it back, deleted it and saw 404`,
    httpLatenciesMs: latencies
  };
}

// src/deploy/smoke/run.ts
async function runSmokeTests(config, context) {
  const session = createSession(config, context);
  const queue = [...config.tests];
  const results = /* @__PURE__ */ new Map();
  const worker = async () => {
    for (let test = queue.shift(); test; test = queue.shift()) {
      const result = await runOne(test, config, session, context);
      const mark = result.notRun ? "NOT RUN" : result.ok ? "pass" : "FAIL";
      context.log(`[smoke] ${mark} ${result.name} (${result.durationMs} ms): ${result.detail}`);
      results.set(test, result);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(config.concurrency, queue.length) }, worker));
  } finally {
    await session.browsers.close();
  }
  return config.tests.map((t) => results.get(t));
}
async function runOne(test, config, session, context) {
  const started = performance.now();
  const outcome = await runKind(test, config, session, context);
  return { name: test.name, kind: test.kind, durationMs: Math.round(performance.now() - started), ...outcome };
}
async function runKind(test, config, session, context) {
  switch (test.kind) {
    case "http": {
      const secretHeaders = Object.fromEntries(
        Object.entries(test["header-secrets"]).map(([h, name]) => [h, context.env[name] ?? ""])
      );
      const auth = test.authenticated ? await session.bearer() : { headers: {} };
      if ("error" in auth) return { ok: false, detail: `login: ${auth.error}`, httpLatenciesMs: [] };
      const answer = await session.send({
        ...{
          method: test.method,
          url: session.url(test.path),
          body: test.body,
          timeoutMs: test["timeout-ms"]
        },
        headers: { ...test.headers, ...secretHeaders, ...auth.headers }
      });
      return verdict(`${test.method} ${test.path}`, test.expect, answer);
    }
    case "auth":
      return runAuth(test, config, session, context);
    case "websocket": {
      const probe = await probeWebSocket(wsUrl(session.url(test.path)), {
        timeoutMs: test["timeout-ms"],
        message: test.message
      });
      const detail = probe.ok ? `connected in ${probe.connectMs} ms, reply with the correlation id in ${probe.replyMs} ms, closed cleanly` : probe.error ?? "failed";
      return { ok: probe.ok, detail, httpLatenciesMs: [] };
    }
    case "db-write":
      return runDatabaseWrite(test, session);
    case "browser": {
      const artifacts = context.artifactsDir ?? path3.resolve(config["artifacts-dir"]);
      return runBrowserTest(test, session.browsers, session.url(test.path), artifacts);
    }
  }
}
function verdict(what, expect, answer) {
  const problems = answerProblems(expect, answer);
  const latencies = answer.error === void 0 ? [answer.latencyMs] : [];
  if (problems.length > 0)
    return { ok: false, detail: `${what}: ${problems.join("; ")}`, httpLatenciesMs: latencies };
  return {
    ok: true,
    detail: `${what}: HTTP ${answer.status} in ${answer.latencyMs} ms`,
    httpLatenciesMs: latencies
  };
}
async function runAuth(test, config, session, context) {
  const login = await logIn(config, session, context, test["timeout-ms"]);
  if ("error" in login)
    return { ok: false, detail: `login: ${login.error}`, httpLatenciesMs: login.latencies };
  const answer = await session.send({
    method: "GET",
    url: session.url(test.path),
    headers: { authorization: `Bearer ${login.token}` },
    timeoutMs: test["timeout-ms"]
  });
  const result = verdict(`logged in, then GET ${test.path}`, test.expect, answer);
  return { ...result, httpLatenciesMs: [...login.latencies, ...result.httpLatenciesMs] };
}
async function logIn(config, session, context, timeoutMs) {
  const login = config.login;
  if (!login)
    throw new ConfigurationError(
      "an auth or authenticated smoke test needs deploy.smoke.login (path and the names of the credential secrets)",
      { key: "deploy.smoke.login" }
    );
  const email = context.env[login["email-secret"]] ?? "";
  const password = context.env[login["password-secret"]] ?? "";
  const answer = await session.send({
    method: "POST",
    url: session.url(login.path),
    body: { email, password },
    timeoutMs
  });
  const latencies = answer.error === void 0 ? [answer.latencyMs] : [];
  const problems = answerProblems({ status: 200, json: {} }, answer);
  const token = valueAt(answer.body, login["token-field"]);
  if (problems.length > 0) return { error: `POST ${login.path}: ${problems.join("; ")}`, latencies };
  if (typeof token !== "string" || token === "")
    return { error: `POST ${login.path} answered without a '${login["token-field"]}'`, latencies };
  return { token, latencies };
}
function createSession(config, context) {
  const secrets = secretValues(config, context.env);
  const http = createHttpClient({
    service: "smoke test",
    baseURL: context.baseUrl,
    retries: 0
  });
  let shared;
  const session = {
    browsers: browserPool(config.browser, context.env),
    url: (path4) => path4.startsWith("/") ? new URL(path4, context.baseUrl).toString() : path4,
    send: (request) => send(http, request, secrets),
    bearer: () => {
      shared ??= logIn(config, session, context, 1e4).then((login) => {
        if ("error" in login) return { error: login.error };
        secrets.push(login.token);
        return { headers: { authorization: `Bearer ${login.token}` } };
      });
      return shared;
    }
  };
  return session;
}
async function send(http, request, secrets) {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await http.request({
      ...{ method: request.method, url: request.url, headers: request.headers, data: request.body },
      ...{ timeout: request.timeoutMs, validateStatus: () => true }
    });
    return { status: response.status, body: response.data, latencyMs: latency() };
  } catch (error) {
    const latencyMs = latency();
    return {
      latencyMs,
      error: redact(toApiError("smoke test", `${request.method} ${request.url}`, error).message, secrets)
    };
  }
}
function secretValues(config, env) {
  const names = config.tests.flatMap((t) => t.kind === "http" ? Object.values(t["header-secrets"]) : []);
  if (config.login) names.push(config.login["email-secret"], config.login["password-secret"]);
  return names.map((n) => env[n] ?? "").filter((v) => v !== "");
}
function wsUrl(url) {
  return url.replace(/^http(s?):\/\//i, "ws$1://");
}

export {
  latencyVerdict,
  smokePassed,
  smokeTable,
  smokeFindings,
  smokeCount,
  screenshotSection,
  latencyLine,
  smokeReport,
  firstLine,
  findBrowser,
  browserPool,
  fileSlug,
  runSmokeTests
};

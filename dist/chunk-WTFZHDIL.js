import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  SentryClient,
  parseNameStatus,
  probeHealth,
  probeWebSocket
} from "./chunk-ZBQHP2DW.js";
import {
  require_picomatch
} from "./chunk-HVKD6FED.js";
import {
  createHttpClient,
  httpCall,
  redact,
  toApiError
} from "./chunk-4VQCOHJY.js";
import {
  mergeBase,
  runGit,
  tryRevParse
} from "./chunk-BPJGBRTH.js";
import {
  escapeCell
} from "./chunk-3LQ4RZH2.js";
import {
  ApiError,
  ConfigurationError,
  LaunchgateError,
  MissingSecretError,
  describeError
} from "./chunk-KA2W5GDI.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

// src/deploy/checklist.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/deploy/types.ts
var CHECKLIST_ITEMS = [
  "required-checks",
  "blocking-prs",
  "secrets",
  "variables",
  "migrations",
  "changelog",
  "docs"
];
var PASSING_RESULTS = ["success", "dry-run", "nothing-to-merge"];

// src/deploy/checklist.ts
var TITLES = {
  "required-checks": "Staging's checks are green",
  "blocking-prs": "No blocking pull request into staging",
  secrets: "Required secrets are set",
  variables: "Required environment variables are set",
  migrations: "Database migrations are ready",
  changelog: "CHANGELOG updated since the last release",
  docs: "Docs updated with the code they describe"
};
function parseSkips(text, by) {
  const ids = text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!CHECKLIST_ITEMS.includes(id)) {
      throw new ConfigurationError(
        `unknown checklist item '${id}' in ${by}; expected one of: ${CHECKLIST_ITEMS.join(", ")}`,
        { key: "skip-checklist-item" }
      );
    }
  }
  return [...new Set(ids)].map((id) => ({ id, by }));
}
function checklistPassed(items) {
  return items.every((item2) => item2.status !== "fail");
}
function itemsToCheck(config, skips) {
  const skipped = new Set(skips.map((s) => s.id));
  const enabled = {
    "required-checks": config["required-checks"] !== false,
    "blocking-prs": config["blocking-label"] !== false,
    // Always judged: targets, smoke tests and Sentry add secrets of their own.
    secrets: true,
    variables: config.variables.length > 0,
    migrations: config.migrations !== false,
    changelog: config.changelog !== false,
    docs: config.docs.length > 0
  };
  return new Set(CHECKLIST_ITEMS.filter((id) => enabled[id] && !skipped.has(id)));
}
function evaluateChecklist(config, facts, skips) {
  const active = itemsToCheck(config, skips);
  return CHECKLIST_ITEMS.map((id) => {
    const skip = skips.find((s) => s.id === id);
    if (skip) return item(id, "skipped", `skipped by ${skip.by}`);
    if (!active.has(id)) return item(id, "skipped", "off in the config");
    return JUDGES[id](config, facts);
  });
}
var JUDGES = {
  "required-checks": judgeChecks,
  "blocking-prs": (config, facts) => {
    const pulls = facts.blockingPulls ?? [];
    if (pulls.length === 0)
      return item(
        "blocking-prs",
        "pass",
        `no open PR into ${facts.source.branch} is labelled '${String(config["blocking-label"])}'`
      );
    const list = pulls.map((p) => `#${p.number} ${p.title} (${p.url})`);
    return item(
      "blocking-prs",
      "fail",
      `${pulls.length} open PR(s) into ${facts.source.branch} are labelled '${String(config["blocking-label"])}': merge or close them, or remove the label`,
      list
    );
  },
  secrets: (_config, facts) => judgeSecrets(facts.neededSecrets, facts.presentNames),
  variables: (config, facts) => judgeVariables(config.variables, facts.presentNames),
  migrations: (config, facts) => withChanges(
    "migrations",
    facts,
    (files, since) => judgeMigrations(String(config.migrations), files, since)
  ),
  changelog: (config, facts) => withChanges("changelog", facts, (files, since) => judgeChangelog(String(config.changelog), files, since)),
  docs: (config, facts) => withChanges("docs", facts, (files) => judgeDocs(config.docs, files))
};
function item(id, status2, reason, details) {
  return { id, title: TITLES[id], status: status2, reason, ...details && details.length > 0 ? { details } : {} };
}
function judgeChecks(config, facts) {
  const checks = facts.checks ?? [];
  const sha = facts.source.sha.slice(0, 12);
  const wanted = config["required-checks"];
  const required = Array.isArray(wanted) ? wanted : void 0;
  const missing = required?.filter((name) => !checks.some((c) => c.name === name)) ?? [];
  const judged = required ? checks.filter((c) => required.includes(c.name)) : checks;
  const failing = judged.filter((c) => c.state === "failure");
  const pending = judged.filter((c) => c.state === "pending");
  const describe2 = (list) => list.map((c) => `${c.name} (${c.state}${c.url ? `, ${c.url}` : ""})`);
  if (failing.length > 0) {
    return item(
      "required-checks",
      "fail",
      `${failing.length} check(s) failed on ${facts.source.branch} at ${sha}: fix them and push to ${facts.source.branch}`,
      describe2(failing)
    );
  }
  if (pending.length > 0) {
    return item(
      "required-checks",
      "fail",
      `${pending.length} check(s) still running on ${sha}: dispatch the deploy again when they finish`,
      describe2(pending)
    );
  }
  if (missing.length > 0) {
    return item(
      "required-checks",
      "fail",
      `required check(s) not reported for ${sha}: ${missing.join(", ")}; run them on ${facts.source.branch}`
    );
  }
  if (judged.length === 0) {
    return item(
      "required-checks",
      "fail",
      `no check reported for ${facts.source.branch} at ${sha}: run CI on it, or set checklist.required-checks to the names that must pass`
    );
  }
  return item("required-checks", "pass", `${judged.length} check(s) green on ${sha}`, describe2(judged));
}
function judgeSecrets(needed, present) {
  if (needed.length === 0) return item("secrets", "pass", "no secret needed");
  const missing = needed.filter((s) => !present.has(s.name));
  if (missing.length === 0) {
    return item("secrets", "pass", `${needed.length} secret(s) set: ${needed.map((s) => s.name).join(", ")}`);
  }
  const list = missing.map((s) => `${s.name} (${s.purpose})`);
  return item(
    "secrets",
    "fail",
    `missing secret(s): ${list.join(", ")}. Add them to the repository's or the environment's secrets and pass them to the deploy step's env`
  );
}
function judgeVariables(names, present) {
  const missing = names.filter((name) => !present.has(name));
  if (missing.length === 0)
    return item("variables", "pass", `${names.length} variable(s) set: ${names.join(", ")}`);
  return item(
    "variables",
    "fail",
    `missing environment variable(s): ${missing.join(", ")}. Add them to the repository's or the environment's variables and pass them to the deploy step's env`
  );
}
function withChanges(id, facts, judge) {
  const changes = facts.changes;
  if (!changes)
    return item(id, "fail", "the changed files were not listed (a bug in launchgate: please report it)");
  if ("error" in changes) return item(id, "fail", changes.error);
  return judge(changes.files, changes.since);
}
var inFolder = (folder) => {
  const prefix = `${folder.replace(/\/+$/, "")}/`;
  return (path4) => path4 !== void 0 && path4.startsWith(prefix);
};
function judgeMigrations(folder, files, since) {
  const inside = inFolder(folder);
  const touched = files.filter((f) => inside(f.path) || inside(f.previousPath));
  const added = touched.filter((f) => f.status === "added").map((f) => f.path);
  const edited = touched.filter((f) => f.status !== "added").map((f) => `${f.status}: ${f.previousPath ?? f.path}`);
  if (edited.length > 0) {
    return item(
      "migrations",
      "fail",
      `${edited.length} applied migration(s) in ${folder} changed since ${since}: restore them and add a new migration instead`,
      edited
    );
  }
  if (added.length === 0) return item("migrations", "pass", `no new migration in ${folder} since ${since}`);
  return item(
    "migrations",
    "pass",
    `${added.length} new migration(s) in ${folder} since ${since}, run them with the deploy`,
    added
  );
}
function judgeChangelog(file, files, since) {
  const changed = files.some((f) => f.path === file && f.status !== "removed");
  if (changed) return item("changelog", "pass", `${file} changed since ${since}`);
  if (files.length === 0) return item("changelog", "pass", `nothing changed since ${since}`);
  return item(
    "changelog",
    "fail",
    `${file} did not change since ${since} while ${files.length} file(s) did: describe the release in ${file} on the source branch`
  );
}
function judgeDocs(rules, files) {
  const paths = files.filter((f) => f.status !== "removed").map((f) => f.path);
  const problems = [];
  const passes = [];
  for (const rule of rules) {
    const when = (0, import_picomatch.default)(rule.when, { dot: true });
    const touch = (0, import_picomatch.default)(rule.touch, { dot: true });
    const code = paths.filter((p) => when(p) && !touch(p));
    if (code.length === 0) continue;
    if (paths.some((p) => touch(p))) passes.push(`${rule.name}: updated`);
    else
      problems.push(
        `${rule.name}: ${code.length} file(s) under ${rule.when.join(", ")} changed (${code.slice(0, 3).join(", ")}${code.length > 3 ? ", ..." : ""}) but nothing under ${rule.touch.join(", ")}`
      );
  }
  if (problems.length > 0) return item("docs", "fail", `update the docs: ${problems.join("; ")}`, problems);
  return item("docs", "pass", passes.length > 0 ? passes.join("; ") : "no documented code changed", passes);
}

// src/deploy/secrets.ts
function neededSecrets(config) {
  const needed = config.checklist.secrets.map((name) => ({
    name,
    purpose: "listed in checklist.secrets"
  }));
  for (const target of config.targets) {
    if (target.kind !== "health")
      needed.push({
        name: target["token-secret"],
        purpose: `${target.kind} API token of target ${target.name}`
      });
  }
  const smoke = config.smoke;
  const login = smoke.login;
  const usesLogin = smoke.tests.some((t) => t.kind === "auth" || "authenticated" in t && t.authenticated);
  if (login && usesLogin) {
    needed.push({ name: login["email-secret"], purpose: "smoke-test login email" });
    needed.push({ name: login["password-secret"], purpose: "smoke-test login password" });
  }
  for (const test of smoke.tests) {
    if (test.kind !== "http") continue;
    for (const [header, name] of Object.entries(test["header-secrets"])) {
      needed.push({ name, purpose: `header ${header} of smoke test ${test.name}` });
    }
  }
  if (config.sentry)
    needed.push({ name: config.sentry["token-secret"], purpose: "Sentry release and deploy marker" });
  return needed.filter((s, i) => needed.findIndex((o) => o.name === s.name) === i);
}

// src/deploy/checklist-facts.ts
var FILE_ITEMS = /* @__PURE__ */ new Set(["migrations", "changelog", "docs"]);
var DEPLOYMENTS_SCANNED = 20;
async function gatherChecklistFacts(sources, config, heads, skips) {
  const active = itemsToCheck(config.checklist, skips);
  const label = config.checklist["blocking-label"];
  const needed = neededSecrets(config);
  const names = [...needed.map((s) => s.name), ...config.checklist.variables];
  const [checks, blockingPulls, changes] = await Promise.all([
    active.has("required-checks") ? sources.forge.listCommitChecks(heads.sourceSha) : void 0,
    active.has("blocking-prs") && label !== false ? blockingPullsOf(sources.forge, config, label) : void 0,
    [...active].some((id) => FILE_ITEMS.has(id)) ? changedSinceRelease(sources, config, heads) : void 0
  ]);
  return {
    source: { branch: config["source-branch"], sha: heads.sourceSha },
    checks,
    blockingPulls,
    neededSecrets: needed,
    presentNames: new Set(names.filter((name) => (sources.env[name] ?? "") !== "")),
    changes
  };
}
async function blockingPullsOf(forge, config, label) {
  const pulls = await forge.findPullRequests({ base: config["source-branch"], state: "open" });
  const wanted = label.toLowerCase();
  return pulls.filter((p) => p.labels.some((l) => l.toLowerCase() === wanted)).map((p) => ({ number: p.number, title: p.title, url: p.url }));
}
async function lastReleasedSha(forge, environment) {
  const deployments = (await forge.listDeployments({ environment })).slice(0, DEPLOYMENTS_SCANNED);
  for (const deployment of deployments) {
    const [latest] = await forge.listDeploymentStatuses(deployment.id);
    if (latest?.state === "success") return deployment.sha;
  }
  return void 0;
}
async function changedSinceRelease(sources, config, heads) {
  const { repoDir, gitEnv: env } = sources;
  if (!repoDir)
    return { error: "no git repository to list changed files in: run in a checkout of the repository" };
  try {
    if (!await tryRevParse(repoDir, heads.sourceSha, env)) {
      return {
        error: `the checkout lacks ${config["source-branch"]}'s head ${heads.sourceSha.slice(0, 12)}: check out with full history (actions/checkout with fetch-depth: 0)`
      };
    }
    const released = await lastReleasedSha(sources.forge, config.environment);
    const known = released && await tryRevParse(repoDir, released, env);
    const from = known ?? heads.targetSha;
    const label = known ? `the last release (${released.slice(0, 12)})` : `${config["target-branch"]} (${heads.targetSha.slice(0, 12)})`;
    const base = await tryRevParse(repoDir, from, env) && await mergeBase(repoDir, from, heads.sourceSha, env);
    if (!base) {
      return {
        error: `${label} is not in the checkout or shares no history with ${config["source-branch"]}: check out with fetch-depth: 0`
      };
    }
    const diff = await runGit(
      ["diff", "--no-color", "--no-ext-diff", "--find-renames", "--name-status", "-z", base, heads.sourceSha],
      { cwd: repoDir, env }
    );
    return { since: label, files: parseNameStatus(diff.stdout) };
  } catch (error) {
    return { error: `could not list the changed files: ${describeError(error)}` };
  }
}

// src/deploy/promote.ts
var PROTECTION = /protected branch|branch protection|through a pull request|required status check|approving review|review is required|reviews? required|repository rule|rule violations?/i;
function classifyMergeFailure(outcome) {
  if (!("error" in outcome)) {
    if (outcome.status === "conflict") return PROTECTION.test(outcome.message) ? "protected" : "conflict";
    return outcome.status;
  }
  const error = outcome.error;
  const refusal = error instanceof ApiError && [403, 405, 409, 422].includes(error.status ?? 0);
  return refusal && PROTECTION.test(error.message) ? "protected" : "error";
}
function checksVerdict(checks) {
  if (checks.some((c) => c.state === "failure")) return "failed";
  if (checks.some((c) => c.state === "pending")) return "pending";
  return "green";
}
async function promote(deps, config, sourceSha) {
  const base = config["target-branch"];
  const head = config["source-branch"];
  if (config.promote === "pull-request")
    return promoteByPullRequest(deps, config, "the config asks for a pull request");
  const message = `Deploy ${head} (${sourceSha.slice(0, 12)}) to ${base}`;
  let result;
  try {
    result = await deps.forge.mergeBranches({ base, head: sourceSha, message });
  } catch (error) {
    result = { error };
  }
  const kind = classifyMergeFailure(result);
  if ("error" in result) {
    if (kind !== "protected") throw result.error;
    return refusedOrPullRequest(deps, config, describeError(result.error));
  }
  switch (result.status) {
    case "merged":
      deps.log(`merged ${head} into ${base}: ${result.sha}`);
      return { status: "merged", sha: result.sha, via: "merges-api" };
    case "up-to-date":
      return {
        status: "up-to-date",
        message: `nothing to merge: ${base} already contains ${head} (${sourceSha.slice(0, 12)}); nothing was deployed`
      };
    case "conflict":
      if (kind === "protected") return refusedOrPullRequest(deps, config, result.message);
      return {
        status: "conflict",
        message: `${head} conflicts with ${base}: ${result.message}. Merge ${base} into ${head}, resolve the conflicts, push ${head} and dispatch the deploy again`
      };
  }
}
function refusedOrPullRequest(deps, config, why) {
  const base = config["target-branch"];
  if (config.promote === "auto") {
    deps.log(`branch protection refused the direct merge into ${base} (${why}); going through a pull request`);
    return promoteByPullRequest(deps, config, why);
  }
  return {
    status: "refused",
    message: `branch protection on ${base} refused the merge: ${why}. Set deploy.promote to auto or pull-request so launchgate merges through a pull request, or allow the deploy's token to bypass the rule`
  };
}
async function promoteByPullRequest(deps, config, why) {
  const { forge, log } = deps;
  const base = config["target-branch"];
  const head = config["source-branch"];
  const [open] = await forge.findPullRequests({ head, base, state: "open" });
  const pull = open ?? await forge.createPullRequest({
    title: `Deploy ${head} to ${base}`,
    body: `Opened by launchgate deploy: ${why}.

launchgate merges it once its checks are green.`,
    head,
    base,
    labels: [config["pull-request-label"]]
  });
  const ref = { number: pull.number, url: pull.url };
  log(`${open ? "using" : "opened"} pull request #${pull.number} (${pull.url})`);
  const checks = await waitForChecks(deps, config, pull);
  if (checks !== "green") {
    const state = checks === "failed" ? "failed" : `still running after ${config["wait-timeout-minutes"]} minutes`;
    return {
      status: "refused",
      pullRequest: ref,
      message: `the checks of pull request #${pull.number} ${state}: it stays open; fix them and dispatch the deploy again`
    };
  }
  try {
    const merged = await deps.pullRequests.merge(pull, `Deploy ${head} to ${base} (#${pull.number})`);
    log(`merged pull request #${pull.number}: ${merged.sha}`);
    return { status: "merged", sha: merged.sha, via: "pull-request", pullRequest: ref };
  } catch (error) {
    if (!(error instanceof ApiError) || ![405, 409, 422].includes(error.status ?? 0)) throw error;
    return {
      status: "refused",
      pullRequest: ref,
      message: `pull request #${pull.number} could not be merged: ${error.message}. Resolve it on the pull request (approve, update the branch) and dispatch the deploy again`
    };
  }
}
async function waitForChecks(deps, config, pull) {
  const deadline = deps.clock.now() + config["wait-timeout-minutes"] * 6e4;
  for (; ; ) {
    const verdict2 = checksVerdict(await deps.forge.listCommitChecks(pull.headSha));
    if (verdict2 !== "pending" || deps.clock.now() >= deadline) return verdict2;
    deps.log(`pull request #${pull.number}: checks still running`);
    await deps.clock.sleep(config["poll-seconds"] * 1e3);
  }
}

// src/hosting/health.ts
var MIN_SHA_PREFIX = 7;
function reportsSha(reported, sha) {
  if (!reported) return false;
  const value = reported.trim().toLowerCase();
  return value === sha.toLowerCase() || value.length >= MIN_SHA_PREFIX && /^[0-9a-f]+$/.test(value) && sha.toLowerCase().startsWith(value);
}
function healthObservation(probe, sha) {
  const serving = probe.releaseId ?? probe.version;
  if (reportsSha(probe.releaseId, sha) || reportsSha(probe.version, sha)) {
    const health = probe.ok ? "healthy" : `but unhealthy (${probe.error ?? "status fail"}); the smoke tests will tell`;
    return { phase: "live", detail: `serving ${sha.slice(0, 12)}, ${health}` };
  }
  if (serving) return { phase: "pending", detail: `still serving ${serving.slice(0, 12)}` };
  return {
    phase: "pending",
    detail: probe.error ? `no answer yet: ${probe.error}` : "the health response names no releaseId or version"
  };
}
function healthHost(options) {
  return {
    name: options.name,
    kind: "health",
    url: options.url ?? new URL("/", options.healthUrl).toString().replace(/\/$/, ""),
    async observe(sha) {
      return healthObservation(
        await probeHealth(options.healthUrl, { timeoutMs: options.timeoutMs ?? 1e4 }),
        sha
      );
    }
  };
}

// src/hosting/api.ts
function hostApiClient(service, options) {
  return createHttpClient({
    service,
    baseURL: options.apiUrl.replace(/\/+$/, ""),
    headers: { authorization: `Bearer ${options.token}` },
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    retryBaseMs: options.retryBaseMs,
    log: options.log
  });
}

// src/hosting/netlify.ts
var SERVICE = "Netlify";
var FAILED = /* @__PURE__ */ new Set(["error", "rejected"]);
var PAGE = 30;
function netlifyObservation(deploys, sha) {
  const ours = deploys.find((d) => d.commit_ref === sha && d.context !== "deploy-preview");
  if (!ours) return { phase: "pending", detail: `no Netlify deploy of ${sha.slice(0, 12)} yet` };
  const state = ours.state ?? "unknown";
  const base = { deployId: ours.id, url: ours.admin_url ?? ours.deploy_ssl_url };
  if (state === "ready") return { ...base, phase: "live", detail: `Netlify deploy ${ours.id} is ready` };
  if (ours.skipped)
    return {
      ...base,
      phase: "live",
      detail: `Netlify skipped deploy ${ours.id}: nothing to build for this commit`
    };
  if (FAILED.has(state)) {
    const why = ours.error_message ? `: ${ours.error_message}` : "";
    return { ...base, phase: "failed", detail: `Netlify deploy ${ours.id} failed (${state})${why}` };
  }
  return { ...base, phase: "building", detail: `Netlify deploy ${ours.id} is ${state}` };
}
function netlifyHost(options) {
  const http = hostApiClient(SERVICE, options);
  const path4 = `/sites/${encodeURIComponent(options.siteId)}/deploys`;
  return {
    name: options.name,
    kind: "netlify",
    url: options.url,
    async observe(sha) {
      const deploys = await httpCall(
        SERVICE,
        `list deploys of site ${options.siteId}`,
        () => http.get(path4, { params: { per_page: PAGE } })
      );
      return netlifyObservation(Array.isArray(deploys) ? deploys : [], sha);
    }
  };
}

// src/hosting/render.ts
var SERVICE2 = "Render";
var FAILED2 = /* @__PURE__ */ new Set(["build_failed", "update_failed", "pre_deploy_failed", "canceled"]);
var PAGE2 = 20;
function renderObservation(items, sha) {
  const ours = items.map((i) => i.deploy).find((d) => d?.commit?.id === sha);
  if (!ours) return { phase: "pending", detail: `no Render deploy of ${sha.slice(0, 12)} yet` };
  const status2 = ours.status ?? "unknown";
  const base = { deployId: ours.id };
  if (status2 === "live") return { ...base, phase: "live", detail: `Render deploy ${ours.id} is live` };
  if (status2 === "deactivated") {
    return {
      ...base,
      phase: "live",
      detail: `Render deploy ${ours.id} went live and was since replaced by a newer deploy`
    };
  }
  if (FAILED2.has(status2))
    return { ...base, phase: "failed", detail: `Render deploy ${ours.id} ${status2.replace(/_/g, " ")}` };
  return { ...base, phase: "building", detail: `Render deploy ${ours.id} is ${status2.replace(/_/g, " ")}` };
}
function renderHost(options) {
  const http = hostApiClient(SERVICE2, options);
  const path4 = `/services/${encodeURIComponent(options.serviceId)}/deploys`;
  return {
    name: options.name,
    kind: "render",
    url: options.url,
    async observe(sha) {
      const items = await httpCall(
        SERVICE2,
        `list deploys of service ${options.serviceId}`,
        () => http.get(path4, { params: { limit: PAGE2 } })
      );
      return renderObservation(Array.isArray(items) ? items : [], sha);
    }
  };
}

// src/hosting/index.ts
function createHosts(targets, options) {
  const http = {
    log: options.log,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    retryBaseMs: options.retryBaseMs
  };
  return targets.map((target) => {
    switch (target.kind) {
      case "netlify":
        return netlifyHost({
          ...{ name: target.name, siteId: target["site-id"], apiUrl: target["api-url"], url: target.url },
          ...{
            token: tokenOf(options.env, target["token-secret"], `the Netlify API for target ${target.name}`),
            ...http
          }
        });
      case "render":
        return renderHost({
          ...{
            name: target.name,
            serviceId: target["service-id"],
            apiUrl: target["api-url"],
            url: target.url
          },
          ...{
            token: tokenOf(options.env, target["token-secret"], `the Render API for target ${target.name}`),
            ...http
          }
        });
      case "health":
        return healthHost({
          name: target.name,
          healthUrl: target["health-url"],
          url: target.url,
          timeoutMs: options.timeoutMs
        });
    }
  });
}
function tokenOf(env, name, purpose) {
  const value = env[name]?.trim();
  if (!value) throw new MissingSecretError(name, purpose);
  return value;
}

// src/deploy/errors.ts
var DeployInterruptedError = class extends LaunchgateError {
  constructor(sha, step, cause, target) {
    super(
      `${target} already holds the merge ${sha.slice(0, 12)}, but ${step} failed: ${describeError(cause)}. The hosts deploy ${target} on their own: check them, then dispatch the deploy again (it will find nothing to merge) or roll back ${sha.slice(0, 12)}`,
      { cause }
    );
    this.sha = sha;
  }
  sha;
  name = "DeployInterruptedError";
  isUserError = false;
};

// src/deploy/record.ts
var MAX_DESCRIPTION = 140;
function statusDescription(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= MAX_DESCRIPTION ? line : `${line.slice(0, MAX_DESCRIPTION - 1)}\u2026`;
}
var DeploymentRecord = class _DeploymentRecord {
  constructor(forge, id, logUrl, environmentUrl, state) {
    this.forge = forge;
    this.id = id;
    this.logUrl = logUrl;
    this.environmentUrl = environmentUrl;
    this.state = state;
  }
  forge;
  id;
  logUrl;
  environmentUrl;
  state;
  /** Creates the deployment of `sha` and posts `in_progress`. */
  static async start(forge, input) {
    const deployment = await forge.createDeployment({
      ref: input.sha,
      environment: input.environment,
      description: statusDescription(input.description),
      payload: input.payload
    });
    const record = new _DeploymentRecord(
      forge,
      deployment.id,
      input.logUrl,
      input.environmentUrl,
      "in_progress"
    );
    await record.post("in_progress", "waiting until live, then smoke tests");
    return record;
  }
  /** Posts a status with the log and environment URLs. */
  async post(state, description) {
    await this.forge.createDeploymentStatus(this.id, {
      state,
      description: statusDescription(description),
      logUrl: this.logUrl,
      environmentUrl: this.environmentUrl
    });
    this.state = state;
  }
};

// src/deploy/evidence.ts
function rollbackEvidence(outcome) {
  const lines = [
    `Deploy of \`${outcome.sha ?? "?"}\` (${outcome.source.branch} to ${outcome.target.branch}) to ${outcome.environment}.`,
    ""
  ];
  const failedWaits = outcome.waits.filter((w) => w.outcome !== "live");
  if (failedWaits.length > 0) {
    lines.push("| target | outcome | waited | detail |", "| --- | --- | --- | --- |");
    for (const w of failedWaits)
      lines.push(
        `| ${escapeCell(w.target)} | ${w.outcome} | ${Math.round(w.waitedMs / 1e3)} s | ${escapeCell(w.detail)} |`
      );
    lines.push("");
  }
  if (outcome.smoke.length > 0) {
    lines.push("| smoke test | result | time | detail |", "| --- | --- | --- | --- |");
    for (const t of outcome.smoke)
      lines.push(
        `| ${escapeCell(t.name)} | ${t.ok ? "pass" : "**FAIL**"} | ${t.durationMs} ms | ${escapeCell(t.detail)} |`
      );
    lines.push("");
  }
  const latency = outcome.latency;
  if (latency?.p95Ms !== void 0)
    lines.push(
      `P95 of the smoke tests' HTTP requests: ${latency.p95Ms} ms (budget < ${latency.budgetMs} ms).`
    );
  if (outcome.deployment) lines.push(`GitHub deployment: ${outcome.deployment.id}.`);
  if (outcome.logUrl) lines.push(`Run log: ${outcome.logUrl}`);
  return lines.join("\n");
}

// src/deploy/sentry-release.ts
async function recordSentryRelease(config, input, options) {
  const record = { deploy: false };
  try {
    const client = new SentryClient({
      ...{ baseUrl: config["api-url"], token: options.token, org: config.org },
      ...{ log: options.log, retries: options.retries, retryBaseMs: options.retryBaseMs }
    });
    const refs = config.repository ? [{ repository: config.repository, commit: input.sha }] : void 0;
    await client.createRelease({ version: input.sha, projects: config.projects, refs });
    record.release = input.sha;
    await client.createDeploy(input.sha, { environment: input.environment, name: input.name, url: input.url });
    record.deploy = true;
    return record;
  } catch (error) {
    const what = record.release ? "deploy marker" : "release";
    return { ...record, warning: `Sentry ${what} not recorded: ${describeError(error)}` };
  }
}

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
  if (samples.length === 0) return void 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1];
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

// src/deploy/wait.ts
function decideWait(poll, elapsedMs, limits) {
  if ("error" in poll) {
    if (poll.userError) return { kind: "stop", outcome: "failed", detail: poll.error };
  } else if (poll.phase === "live" || poll.phase === "failed") {
    return { kind: "stop", outcome: poll.phase, detail: poll.detail };
  }
  const detail = "error" in poll ? `host not reachable: ${poll.error}` : poll.detail;
  const left = limits.timeoutMs - elapsedMs;
  if (left <= 0) {
    const limit = limits.timeoutMs >= 6e4 ? `${Math.round(limits.timeoutMs / 6e4 * 10) / 10} min` : `${Math.round(limits.timeoutMs / 100) / 10} s`;
    return { kind: "stop", outcome: "timed-out", detail: `not live after ${limit}; last seen: ${detail}` };
  }
  return { kind: "poll-again", detail, sleepMs: Math.min(limits.pollMs, left) };
}
function formatElapsed(ms) {
  const seconds = Math.round(ms / 1e3);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
}
async function waitForTarget(host, sha, limits, io, abandon = () => void 0) {
  const start = io.clock.now();
  let polls = 0;
  let last;
  for (; ; ) {
    polls += 1;
    last = await observe2(host, sha);
    const elapsed = io.clock.now() - start;
    const why = abandon();
    const decided = decideWait(last, elapsed, limits);
    const step = why && decided.kind === "poll-again" ? {
      kind: "stop",
      outcome: "abandoned",
      detail: `stopped waiting: ${why}; last seen: ${decided.detail}`
    } : decided;
    io.log(
      `[${host.name}] ${step.kind === "stop" ? step.outcome : "waiting"} after ${formatElapsed(elapsed)}: ${step.detail}`
    );
    if (step.kind === "stop") {
      const url = "error" in last ? void 0 : last.url;
      return {
        ...{ target: host.name, kind: host.kind, outcome: step.outcome, detail: step.detail },
        ...{ waitedMs: elapsed, polls, url: url ?? host.url }
      };
    }
    await io.clock.sleep(step.sleepMs);
  }
}
async function observe2(host, sha) {
  try {
    return await host.observe(sha);
  } catch (error) {
    const userError = error instanceof ApiError && error.isUserError;
    return { error: describeError(error), userError };
  }
}
function waitUntilLive(hosts, sha, limits, io) {
  let failed;
  return Promise.all(
    hosts.map(async (host) => {
      const wait = await waitForTarget(host, sha, limits, io, () => failed);
      if (wait.outcome === "failed") failed ??= `${wait.target} failed`;
      return wait;
    })
  );
}

// src/deploy/release.ts
async function releaseMerged(deps, config, outcome) {
  if (outcome.promote?.status !== "merged") throw new Error("releaseMerged needs a merged promote outcome");
  const sha = outcome.promote.sha;
  outcome.sha = sha;
  outcome.environmentUrl = smokeBaseUrl(config) ?? config.targets.find((t) => t.url)?.url;
  const record = await DeploymentRecord.start(deps.forge, {
    ...{ sha, environment: config.environment, logUrl: deps.logUrl, environmentUrl: outcome.environmentUrl },
    description: `${config["source-branch"]} to ${config["target-branch"]} by launchgate`,
    payload: {
      source: config["source-branch"],
      sourceSha: outcome.source.sha,
      target: config["target-branch"],
      tool: "launchgate"
    }
  }).catch((error) => {
    throw new DeployInterruptedError(sha, "recording the GitHub deployment", error, config["target-branch"]);
  });
  outcome.deployment = { id: record.id, state: record.state };
  deps.log(`GitHub deployment ${record.id} of ${sha.slice(0, 12)} to ${config.environment}: in_progress`);
  try {
    await liveThenSmoke(deps, config, outcome, record);
  } catch (error) {
    await markError(record, outcome, error);
    throw new DeployInterruptedError(sha, `deployment ${record.id}`, error, config["target-branch"]);
  }
  outcome.deployment.state = record.state;
  return outcome;
}
async function liveThenSmoke(deps, config, outcome, record) {
  const sha = outcome.sha;
  const hosts = createHosts(config.targets, { env: deps.env, ...deps.http });
  if (hosts.length === 0) deps.log("no deploy.targets configured: not waiting for a host");
  const limits = { timeoutMs: config["wait-timeout-minutes"] * 6e4, pollMs: config["poll-seconds"] * 1e3 };
  outcome.waits = await waitUntilLive(hosts, sha, limits, { clock: deps.clock, log: deps.log });
  const failed = outcome.waits.filter((w) => w.outcome === "failed");
  const late = outcome.waits.filter((w) => w.outcome === "timed-out");
  if (failed.length > 0 || late.length > 0) {
    const cause = failed.length > 0 ? "host-failure" : "timeout";
    const what = [...failed, ...late].map((w) => `${w.target}: ${w.detail}`).join("; ");
    await record.post("failure", `not live: ${what}`);
    await maybeRollback(deps, config, outcome, cause, `the deploy did not go live: ${what}`);
    const result = failed.length > 0 ? "host-failed" : "timed-out";
    finish(
      outcome,
      result,
      `${sha.slice(0, 12)} did not go live (${what}); deployment ${record.id} marked failure${rollbackSentence(outcome.rollback)}`
    );
    return;
  }
  if (config.sentry) {
    outcome.sentry = await recordSentryRelease(
      config.sentry,
      { sha, environment: config.environment, url: outcome.environmentUrl, name: deps.name },
      { token: deps.env[config.sentry["token-secret"]], ...deps.http }
    );
    if (outcome.sentry.warning) outcome.warnings.push(outcome.sentry.warning);
  }
  const baseUrl = smokeBaseUrl(config) ?? "http://localhost";
  outcome.smoke = await runSmokeTests(config.smoke, { baseUrl, env: deps.env, log: deps.log });
  outcome.latency = latencyVerdict(outcome.smoke, config["p95-budget-ms"]);
  if (smokePassed(outcome.smoke, outcome.latency)) {
    const passed = smokeCount(outcome.smoke);
    await record.post("success", `live; ${passed}`);
    const p952 = outcome.latency.p95Ms === void 0 ? "" : `, P95 ${outcome.latency.p95Ms} ms`;
    finish(
      outcome,
      "success",
      `Deployed ${sha.slice(0, 12)} to ${config.environment}: ${outcome.waits.length} target(s) live, ${passed}${p952}`
    );
    return;
  }
  const failing = outcome.smoke.filter((t) => !t.ok).map((t) => t.name);
  if (!outcome.latency.ok) failing.push(`P95 ${outcome.latency.p95Ms} ms over ${outcome.latency.budgetMs} ms`);
  await record.post("failure", `smoke tests failed: ${failing.join(", ")}`);
  await maybeRollback(
    deps,
    config,
    outcome,
    "smoke-tests",
    `smoke tests failed after the deploy: ${failing.join(", ")}`
  );
  finish(
    outcome,
    "smoke-failed",
    `Smoke tests failed (${failing.join(", ")}); deployment ${record.id} marked failure${rollbackSentence(outcome.rollback)}`
  );
}
async function maybeRollback(deps, config, outcome, cause, reason) {
  if (!config["rollback-on"].includes(cause)) {
    outcome.rollback = {
      started: false,
      note: `rollback-on does not include ${cause}: revert ${outcome.sha} by hand if needed`
    };
    return;
  }
  outcome.rollback = await startRollback(deps, config, outcome, reason);
}
async function startRollback(deps, config, outcome, reason) {
  const promote2 = outcome.promote;
  try {
    const result = await deps.openRollback(deps.forge, {
      ...{
        sha: outcome.sha,
        environment: config.environment,
        reason,
        evidenceMarkdown: rollbackEvidence(outcome)
      },
      ...{ deploymentId: outcome.deployment?.id, base: config["target-branch"], git: deps.rollbackGit },
      pullRequest: promote2?.status === "merged" ? promote2.pullRequest?.number : void 0
    });
    const link = (x) => x ? { number: x.number, url: x.url } : void 0;
    const record = {
      started: Boolean(result.pullRequest ?? result.issue),
      pullRequest: link(result.pullRequest),
      issue: link(result.issue)
    };
    const note = result.problem ?? (result.held ? `held by ${result.held.on}` : void 0);
    if (note) record.note = note;
    deps.log(
      `rollback: ${record.pullRequest ? `PR #${record.pullRequest.number}` : "no PR"}, ${record.issue ? `issue #${record.issue.number}` : "no issue"}${note ? ` (${note})` : ""}`
    );
    return record;
  } catch (error) {
    const note = `the rollback could not be opened: ${describeError(error)}. Revert ${outcome.sha} on ${config["target-branch"]} by hand`;
    outcome.warnings.push(note);
    return { started: false, note };
  }
}
function rollbackSentence(rollback) {
  if (!rollback) return "";
  if (!rollback.started) return `; no rollback opened (${rollback.note ?? "see the report"})`;
  const parts = [
    rollback.pullRequest && `PR #${rollback.pullRequest.number}`,
    rollback.issue && `issue #${rollback.issue.number}`
  ].filter(Boolean);
  return `; rollback started (${parts.join(", ")})`;
}
async function markError(record, outcome, error) {
  try {
    await record.post("error", `launchgate failed: ${describeError(error)}`);
  } catch (second) {
    outcome.warnings.push(`deployment ${record.id} could not be marked error: ${describeError(second)}`);
  }
  if (outcome.deployment) outcome.deployment.state = record.state;
}

// src/deploy/run.ts
async function runDeploy(deps, request) {
  const { config, dryRun } = request;
  checkRunnable(config);
  const source = config["source-branch"];
  const target = config["target-branch"];
  const [sourceSha, targetSha] = await Promise.all([
    branchSha(deps.forge, source),
    branchSha(deps.forge, target)
  ]);
  const outcome = {
    ...{ result: "checklist-failed", message: "", environment: config.environment, dryRun },
    ...{ source: { branch: source, sha: sourceSha }, target: { branch: target, sha: targetSha } },
    ...{ checklist: [], waits: [], smoke: [], warnings: [], logUrl: deps.logUrl }
  };
  deps.log(
    `deploying ${source} (${sourceSha.slice(0, 12)}) to ${target} (${targetSha.slice(0, 12)}), environment ${config.environment}${dryRun ? ", dry run" : ""}`
  );
  const facts = await gatherChecklistFacts(
    { forge: deps.forge, repoDir: deps.repoDir, gitEnv: deps.gitEnv, env: deps.env },
    config,
    { sourceSha, targetSha },
    request.skips
  );
  outcome.checklist = evaluateChecklist(config.checklist, facts, request.skips);
  for (const item2 of outcome.checklist) deps.log(`[checklist] ${item2.status} ${item2.id}: ${item2.reason}`);
  if (!checklistPassed(outcome.checklist)) {
    const failed = outcome.checklist.filter((i) => i.status === "fail").map((i) => i.id);
    return finish(outcome, "checklist-failed", `Checklist failed (${failed.join(", ")}): nothing was changed`);
  }
  if (dryRun) {
    return finish(
      outcome,
      "dry-run",
      `Dry run: the checklist passed; would merge ${source} (${sourceSha.slice(0, 12)}) into ${target}. Nothing was changed`
    );
  }
  const promoted = await promote(
    { forge: deps.forge, pullRequests: deps.pullRequests, clock: deps.clock, log: deps.log },
    config,
    sourceSha
  );
  outcome.promote = promoted;
  if (promoted.status === "up-to-date") {
    const now = await branchSha(deps.forge, target);
    if (now === targetSha) return finish(outcome, "nothing-to-merge", capitalize(promoted.message));
    deps.log(`${target} moved to ${now.slice(0, 12)} during the merge: releasing it as this deploy's merge`);
    outcome.promote = { status: "merged", sha: now, via: "merges-api" };
  }
  if (promoted.status === "conflict") return finish(outcome, "merge-conflict", capitalize(promoted.message));
  if (promoted.status === "refused") return finish(outcome, "merge-refused", capitalize(promoted.message));
  return releaseMerged(deps, config, outcome);
}
function finish(outcome, result, message) {
  return Object.assign(outcome, { result, message });
}
async function branchSha(forge, branch) {
  const sha = await forge.getBranchSha(branch);
  if (!sha) {
    throw new ConfigurationError(
      `branch ${branch} does not exist in ${forge.repo.owner}/${forge.repo.repo}: create it, or set deploy.source-branch / deploy.target-branch`,
      { key: "deploy" }
    );
  }
  return sha;
}
function checkRunnable(config) {
  const tests = config.smoke.tests;
  const needsLogin = tests.filter((t) => t.kind === "auth" || "authenticated" in t && t.authenticated);
  if (needsLogin.length > 0 && !config.smoke.login) {
    throw new ConfigurationError(
      `smoke test ${needsLogin[0].name} logs in: set deploy.smoke.login (path and the names of the credential secrets)`,
      { key: "deploy.smoke.login" }
    );
  }
  const relative = tests.filter((t) => t.path.startsWith("/"));
  if (relative.length > 0 && !smokeBaseUrl(config)) {
    throw new ConfigurationError(
      `smoke test ${relative[0].name} has a path but there is no URL to resolve it against: set deploy.smoke.base-url or a target's url`,
      { key: "deploy.smoke.base-url" }
    );
  }
  const names = tests.map((t) => t.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    throw new ConfigurationError(`two smoke tests are named ${duplicate}: names must be unique`, {
      key: "deploy.smoke.tests"
    });
}
function smokeBaseUrl(config) {
  return config.smoke["base-url"] ?? config.targets.find((t) => t.url)?.url;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export {
  latencyVerdict,
  smokeTable,
  smokeFindings,
  screenshotSection,
  latencyLine,
  smokeReport,
  formatElapsed,
  PASSING_RESULTS,
  parseSkips,
  neededSecrets,
  firstLine,
  findBrowser,
  browserPool,
  fileSlug,
  runSmokeTests,
  runDeploy,
  checkRunnable,
  smokeBaseUrl
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  latencyLine,
  latencyVerdict,
  runSmokeTests,
  screenshotSection,
  smokeCount,
  smokeFindings,
  smokePassed,
  smokeTable
} from "./chunk-YIBJJH5B.js";
import {
  checkRunnable,
  smokeBaseUrl
} from "./chunk-7YKWWXRC.js";
import {
  LocalForge,
  LocalForgeError,
  parseNameStatus,
  probeHealth
} from "./chunk-KPNDZGYK.js";
import {
  require_picomatch
} from "./chunk-HVKD6FED.js";
import {
  isAncestor,
  mergeBase,
  runGit,
  tryRevParse
} from "./chunk-TQIISSPJ.js";
import {
  GitHubForge,
  callGitHub,
  connectSentry,
  writeOnce,
  writePolicyOf
} from "./chunk-FK6VXFIS.js";
import {
  createHttpClient,
  httpCall
} from "./chunk-43CQW6Z7.js";
import {
  escapeCell
} from "./chunk-XOEPOA5U.js";
import {
  ApiError,
  ConfigurationError,
  LaunchgateError,
  MissingSecretError,
  classifyError,
  describeError,
  isOutage
} from "./chunk-WONG65HV.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

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
    last = await observe(host, sha);
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
async function observe(host, sha) {
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

// src/deploy/report.ts
var MARK = { pass: "pass", fail: "FAIL", skipped: "skipped" };
function deployReport(outcome) {
  const sections = [
    checklistSection(outcome),
    promoteSection(outcome),
    waitSection(outcome),
    smokeSection(outcome),
    screenshotSection(outcome.smoke),
    deploymentSection(outcome)
  ].filter((s) => s !== void 0);
  return {
    capability: "deploy",
    title: outcome.message,
    ok: PASSING_RESULTS.includes(outcome.result),
    findings: findings(outcome),
    sections,
    data: { ...outcome, deploymentId: outcome.deployment?.id }
  };
}
function findings(outcome) {
  const list = [];
  for (const item2 of outcome.checklist.filter((i) => i.status === "fail")) {
    list.push({
      rule: `deploy/checklist/${item2.id}`,
      severity: "HIGH",
      title: item2.title,
      message: item2.reason
    });
  }
  const promote2 = outcome.promote;
  if (promote2?.status === "conflict" || promote2?.status === "refused") {
    list.push({ rule: `deploy/merge-${promote2.status}`, severity: "HIGH", message: promote2.message });
  }
  for (const wait of outcome.waits.filter((w) => w.outcome === "failed" || w.outcome === "timed-out")) {
    list.push({
      rule: `deploy/${wait.outcome === "failed" ? "host-failed" : "not-live"}`,
      severity: "CRITICAL",
      title: wait.target,
      message: wait.detail
    });
  }
  list.push(...smokeFindings(outcome.smoke));
  if (outcome.latency && !outcome.latency.ok) {
    list.push({
      rule: "deploy/smoke/p95",
      severity: "HIGH",
      message: `P95 ${outcome.latency.p95Ms} ms is not under the ${outcome.latency.budgetMs} ms budget`
    });
  }
  for (const warning of outcome.warnings)
    list.push({ rule: "deploy/warning", severity: "LOW", message: warning });
  return list;
}
function checklistSection(outcome) {
  if (outcome.checklist.length === 0) return void 0;
  const rows = outcome.checklist.map((i) => [
    MARK[i.status],
    i.id,
    i.reason + (i.details?.length ? ` (${i.details.join("; ")})` : "")
  ]);
  return { title: "Pre-deployment checklist", table: { columns: ["result", "item", "reason"], rows } };
}
function promoteSection(outcome) {
  const promote2 = outcome.promote;
  const source = `${outcome.source.branch} (${short(outcome.source.sha)})`;
  const head = `${source} into ${outcome.target.branch} (${short(outcome.target.sha)})`;
  if (!promote2 && outcome.dryRun) {
    const text2 = outcome.targetContainsSource === true ? `dry run: nothing to merge, ${outcome.target.branch} already contains ${source}` : `dry run: would merge ${head}`;
    return { title: "Merge", text: text2 };
  }
  if (!promote2) return void 0;
  const pr = "pullRequest" in promote2 && promote2.pullRequest ? ` via pull request #${promote2.pullRequest.number} (${promote2.pullRequest.url})` : "";
  const resumed = promote2.status === "merged" && promote2.resumed ? " (by an interrupted run; this run finished its release)" : "";
  const text = promote2.status === "merged" ? `merged ${head}${pr}: ${promote2.sha}${resumed}` : `${promote2.message}${pr}`;
  return { title: "Merge", text };
}
function waitSection(outcome) {
  if (outcome.waits.length === 0) return void 0;
  const rows = outcome.waits.map((w) => [
    w.target,
    w.kind,
    w.outcome,
    formatElapsed(w.waitedMs),
    w.polls,
    w.detail
  ]);
  return {
    title: "Wait until live",
    table: { columns: ["target", "host", "outcome", "waited", "polls", "detail"], rows }
  };
}
function smokeSection(outcome) {
  if (outcome.smoke.length === 0) return void 0;
  return { title: "Smoke tests", text: latencyLine(outcome.latency), table: smokeTable(outcome.smoke) };
}
function deploymentSection(outcome) {
  const lines = [];
  if (outcome.deployment)
    lines.push(
      `GitHub deployment ${outcome.deployment.id} to ${outcome.environment}: ${outcome.deployment.state ?? "created"}${outcome.deployment.url ? ` (${outcome.deployment.url})` : ""}`
    );
  if (outcome.environmentUrl) lines.push(`Environment: ${outcome.environmentUrl}`);
  if (outcome.logUrl) lines.push(`Log: ${outcome.logUrl}`);
  if (outcome.sentry?.release)
    lines.push(
      `Sentry release ${outcome.sentry.release}${outcome.sentry.deploy ? " with a deploy marker" : ""}`
    );
  const rollback = outcome.rollback;
  if (rollback) {
    const parts = [
      rollback.pullRequest && `PR #${rollback.pullRequest.number} (${rollback.pullRequest.url})`,
      rollback.issue && `issue #${rollback.issue.number} (${rollback.issue.url})`
    ].filter(Boolean);
    lines.push(
      `Rollback ${rollback.started ? "started" : "not started"}${parts.length ? `: ${parts.join(", ")}` : ""}${rollback.note ? `. ${rollback.note}` : ""}`
    );
  }
  return lines.length > 0 ? { title: "Deployment", text: lines.join("\n") } : void 0;
}
function short(sha) {
  return sha ? sha.slice(0, 12) : "?";
}

// src/deploy/branch-tip.ts
function githubBranchTips(octokit, repo) {
  return {
    async tip(branch) {
      const request = `GET /repos/${repo.owner}/${repo.repo}/branches/${branch}`;
      try {
        const { data } = await callGitHub(
          request,
          () => octokit.rest.repos.getBranch({ owner: repo.owner, repo: repo.repo, branch })
        );
        const c = data.commit;
        return { sha: c.sha, message: c.commit.message, parents: c.parents.map((p) => p.sha) };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return void 0;
        throw error;
      }
    }
  };
}
function gitBranchTips(gitDir, env) {
  return {
    async tip(branch) {
      const ref = `refs/heads/${branch}`;
      const found = await runGit(["rev-parse", "--verify", "--quiet", ref], {
        cwd: gitDir,
        env,
        allowExitCodes: [1]
      });
      if (found.code !== 0) return void 0;
      const { stdout } = await runGit(["log", "-1", "--format=%H%n%P%n%B", ref, "--"], { cwd: gitDir, env });
      const [sha = "", parents = "", ...message] = stdout.split("\n");
      return { sha, parents: parents.split(" ").filter(Boolean), message: message.join("\n").trim() };
    }
  };
}

// src/deploy/pull-merge.ts
function githubPullRequestMerger(octokit, repo) {
  return {
    async merge(pull, commitTitle) {
      const request = `PUT /repos/${repo.owner}/${repo.repo}/pulls/${pull.number}/merge`;
      const params = {
        ...{ owner: repo.owner, repo: repo.repo, pull_number: pull.number },
        ...{ sha: pull.headSha, merge_method: "merge", commit_title: commitTitle }
      };
      const attempt = async () => ({ sha: (await octokit.rest.pulls.merge(params)).data.sha });
      const lookup = async () => {
        const { data } = await octokit.rest.pulls.get({
          owner: repo.owner,
          repo: repo.repo,
          pull_number: pull.number
        });
        return data.merged && data.merge_commit_sha ? { sha: data.merge_commit_sha } : void 0;
      };
      const name = `PUT /pulls/${pull.number}/merge`;
      return callGitHub(request, () => writeOnce({ name, attempt, lookup }, writePolicyOf(octokit)));
    }
  };
}
function branchMergePullRequestMerger(forge) {
  return {
    async merge(pull, commitTitle) {
      const result = await forge.mergeBranches({ base: pull.base, head: pull.head, message: commitTitle });
      if (result.status === "merged") return { sha: result.sha };
      if (result.status === "conflict") throw new LocalForgeError(409, result.message);
      const sha = await forge.getBranchSha(pull.base);
      if (!sha)
        throw new LocalForgeError(404, `branch ${pull.base} disappeared while merging #${pull.number}`);
      return { sha };
    }
  };
}

// src/deploy/forges.ts
function githubDeployPorts(options) {
  const { client } = options;
  return {
    forge: new GitHubForge(client, options.repo),
    pullRequests: githubPullRequestMerger(client, options.repo),
    tips: githubBranchTips(client, options.repo),
    repoDir: options.checkoutDir,
    rollbackGit: { dir: options.checkoutDir }
  };
}
async function localDeployPorts(options) {
  const forge = await LocalForge.open({
    gitDir: options.gitDir,
    stateDir: options.stateDir,
    repo: options.repo,
    env: options.env
  });
  return {
    forge,
    pullRequests: branchMergePullRequestMerger(forge),
    tips: gitBranchTips(options.gitDir, options.env),
    repoDir: options.gitDir,
    gitEnv: options.env,
    rollbackGit: { dir: options.gitDir, env: options.env }
  };
}

// src/deploy/checklist.ts
var import_picomatch = __toESM(require_picomatch(), 1);
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
function item(id, status, reason, details) {
  return { id, title: TITLES[id], status, reason, ...details && details.length > 0 ? { details } : {} };
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
  const describe = (list) => list.map((c) => `${c.name} (${c.state}${c.url ? `, ${c.url}` : ""})`);
  if (failing.length > 0) {
    return item(
      "required-checks",
      "fail",
      `${failing.length} check(s) failed on ${facts.source.branch} at ${sha}: fix them and push to ${facts.source.branch}`,
      describe(failing)
    );
  }
  if (pending.length > 0) {
    return item(
      "required-checks",
      "fail",
      `${pending.length} check(s) still running on ${sha}: dispatch the deploy again when they finish`,
      describe(pending)
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
  return item("required-checks", "pass", `${judged.length} check(s) green on ${sha}`, describe(judged));
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
  return (path) => path !== void 0 && path.startsWith(prefix);
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

// src/deploy/errors.ts
var DeployInterruptedError = class extends LaunchgateError {
  constructor(sha, step, cause, target) {
    super(
      `${target} already holds the merge ${sha.slice(0, 12)}, but ${step} failed: ${describeError(cause)}. The hosts deploy ${target} on their own: check them, then dispatch the deploy again (it finds this merge and finishes its release) or roll back ${sha.slice(0, 12)}`,
      { cause }
    );
    this.sha = sha;
  }
  sha;
  name = "DeployInterruptedError";
  isUserError = false;
};
var NOTHING_CHANGED = "Nothing was changed (the deploy stopped before the merge): dispatch it again once the service answers.";
async function beforeTheMerge(read) {
  try {
    return await read;
  } catch (error) {
    const classified = classifyError(error);
    if (isOutage(classified) && classified instanceof Error && !classified.message.includes(NOTHING_CHANGED))
      classified.message = `${classified.message} ${NOTHING_CHANGED}`;
    throw classified;
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
  let pull;
  try {
    pull = open ?? await forge.createPullRequest({
      title: `Deploy ${head} to ${base}`,
      body: `Opened by launchgate deploy: ${why}.

launchgate merges it once its checks are green.`,
      head,
      base,
      labels: [config["pull-request-label"]]
    });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 422 && /no commits between/i.test(error.message)))
      throw error;
    return {
      status: "up-to-date",
      message: `nothing to merge: ${base} already contains ${head}; nothing was deployed`
    };
  }
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
    const verdict = checksVerdict(await deps.forge.listCommitChecks(pull.headSha));
    if (verdict !== "pending" || deps.clock.now() >= deadline) return verdict;
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
  const path = `/sites/${encodeURIComponent(options.siteId)}/deploys`;
  return {
    name: options.name,
    kind: "netlify",
    url: options.url,
    async observe(sha) {
      const deploys = await httpCall(
        SERVICE,
        `list deploys of site ${options.siteId}`,
        () => http.get(path, { params: { per_page: PAGE } })
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
  const status = ours.status ?? "unknown";
  const base = { deployId: ours.id };
  if (status === "live") return { ...base, phase: "live", detail: `Render deploy ${ours.id} is live` };
  if (status === "deactivated") {
    return {
      ...base,
      phase: "live",
      detail: `Render deploy ${ours.id} went live and was since replaced by a newer deploy`
    };
  }
  if (FAILED2.has(status))
    return { ...base, phase: "failed", detail: `Render deploy ${ours.id} ${status.replace(/_/g, " ")}` };
  return { ...base, phase: "building", detail: `Render deploy ${ours.id} is ${status.replace(/_/g, " ")}` };
}
function renderHost(options) {
  const http = hostApiClient(SERVICE2, options);
  const path = `/services/${encodeURIComponent(options.serviceId)}/deploys`;
  return {
    name: options.name,
    kind: "render",
    url: options.url,
    async observe(sha) {
      const items = await httpCall(
        SERVICE2,
        `list deploys of service ${options.serviceId}`,
        () => http.get(path, { params: { limit: PAGE2 } })
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

// src/deploy/resume.ts
var ENDED = ["success", "failure", "inactive"];
function releaseEnded(trail) {
  return trail.states.length > 0 && ENDED.includes(trail.states[0]);
}
function leftOpen(trail) {
  const newest = trail.states[0];
  return newest === void 0 || ["queued", "pending", "in_progress"].includes(newest);
}
function isDeployMerge(tip, branches) {
  if (!tip || tip.parents.length !== 2 || tip.parents[1] !== branches.sourceSha) return false;
  const title = tip.message.split("\n")[0].trim();
  const source = escape(branches.source);
  const target = escape(branches.target);
  return new RegExp(`^Deploy ${source} (\\([0-9a-f]{7,40}\\) )?to ${target}( \\(#\\d+\\))?$`).test(title);
}
function decideReleaseState(tip, branches, trails) {
  if (!tip || !isDeployMerge(tip, branches)) return { kind: "none" };
  const newestFirst = trails.filter((t) => t.sha === tip.sha).sort((a, b) => b.id - a.id);
  const ended = newestFirst.find(releaseEnded);
  if (ended) return { kind: "released", sha: tip.sha, deployment: { id: ended.id, state: ended.states[0] } };
  return { kind: "unreleased", sha: tip.sha, carryOn: newestFirst[0] };
}
function orphansBesides(trails, currentId) {
  return trails.filter((t) => t.id !== currentId && leftOpen(t));
}
async function readTrails(forge, query, limit = TRAILS_READ) {
  const deployments = (await forge.listDeployments(query)).filter((d) => d.payload?.tool === "launchgate").sort((a, b) => b.id - a.id).slice(0, limit);
  return Promise.all(
    deployments.map(async (d) => ({
      id: d.id,
      sha: d.sha,
      states: (await forge.listDeploymentStatuses(d.id)).sort((a, b) => b.id - a.id).map((s) => s.state)
    }))
  );
}
var TRAILS_READ = 10;
async function readReleaseState(ports, config, sourceSha) {
  const branches = { source: config["source-branch"], target: config["target-branch"], sourceSha };
  const tip = await ports.tips.tip(branches.target);
  if (!isDeployMerge(tip, branches)) return { kind: "none" };
  const trails = await readTrails(ports.forge, { environment: config.environment, sha: tip.sha });
  return decideReleaseState(tip, branches, trails);
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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
  /** Takes on deployment `id`, which an interrupted run left open, and posts `in_progress` on it. */
  static async resume(forge, id, input) {
    const record = new _DeploymentRecord(forge, id, input.logUrl, input.environmentUrl, "in_progress");
    await record.post("in_progress", "resumed after an interrupted run: waiting until live, then smoke tests");
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
async function closeOrphans(forge, environment, current) {
  const warnings = [];
  let orphans;
  try {
    orphans = orphansBesides(await readTrails(forge, { environment }), current.id);
  } catch (error) {
    return [`earlier deployments could not be read to close any left open: ${describeError(error)}`];
  }
  for (const orphan of orphans) {
    const description = statusDescription(
      `the run that made it was interrupted; superseded by deployment ${current.id} of ${current.sha.slice(0, 12)}`
    );
    await forge.createDeploymentStatus(orphan.id, { state: "inactive", description }).catch(
      (error) => warnings.push(
        `deployment ${orphan.id} was left open and could not be closed: ${describeError(error)}`
      )
    );
  }
  return warnings;
}

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

// src/deploy/outcome.ts
function finish(outcome, result, message) {
  return Object.assign(outcome, { result, message });
}

// src/deploy/sentry-release.ts
async function recordSentryRelease(config, input, connect, token) {
  const record = { deploy: false };
  try {
    const client = connect({ baseUrl: config["api-url"], token, org: config.org });
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

// src/deploy/release.ts
async function releaseMerged(deps, config, outcome, carryOn) {
  if (outcome.promote?.status !== "merged") throw new Error("releaseMerged needs a merged promote outcome");
  const sha = outcome.promote.sha;
  outcome.sha = sha;
  outcome.environmentUrl = smokeBaseUrl(config) ?? config.targets.find((t) => t.url)?.url;
  const recordInput = { logUrl: deps.logUrl, environmentUrl: outcome.environmentUrl };
  const record = await (carryOn ? DeploymentRecord.resume(deps.forge, carryOn.id, recordInput) : DeploymentRecord.start(deps.forge, {
    ...{ sha, environment: config.environment, ...recordInput },
    description: `${config["source-branch"]} to ${config["target-branch"]} by launchgate`,
    payload: {
      source: config["source-branch"],
      sourceSha: outcome.source.sha,
      target: config["target-branch"],
      tool: "launchgate"
    }
  })).catch((error) => {
    throw new DeployInterruptedError(sha, "recording the GitHub deployment", error, config["target-branch"]);
  });
  outcome.deployment = { id: record.id, state: record.state };
  deps.log(
    `GitHub deployment ${record.id} of ${sha.slice(0, 12)} to ${config.environment}: in_progress${carryOn ? " (taken on from an interrupted run)" : ""}`
  );
  outcome.warnings.push(...await closeOrphans(deps.forge, config.environment, { id: record.id, sha }));
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
      deps.sentry ?? connectSentry(deps.http),
      deps.env[config.sentry["token-secret"]]
    );
    if (outcome.sentry.warning) outcome.warnings.push(outcome.sentry.warning);
  }
  const baseUrl = smokeBaseUrl(config) ?? "http://localhost";
  outcome.smoke = await runSmokeTests(config.smoke, { baseUrl, env: deps.env, log: deps.log });
  outcome.latency = latencyVerdict(outcome.smoke, config["p95-budget-ms"]);
  if (smokePassed(outcome.smoke, outcome.latency)) {
    const passed = smokeCount(outcome.smoke);
    await record.post("success", `live; ${passed}`);
    const p95 = outcome.latency.p95Ms === void 0 ? "" : `, P95 ${outcome.latency.p95Ms} ms`;
    finish(
      outcome,
      "success",
      `Deployed ${sha.slice(0, 12)} to ${config.environment}: ${outcome.waits.length} target(s) live, ${passed}${p95}`
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
  const [sourceSha, targetSha] = await beforeTheMerge(
    Promise.all([branchSha(deps.forge, source), branchSha(deps.forge, target)])
  );
  const outcome = {
    ...{ result: "checklist-failed", message: "", environment: config.environment, dryRun },
    ...{ source: { branch: source, sha: sourceSha }, target: { branch: target, sha: targetSha } },
    ...{ checklist: [], waits: [], smoke: [], warnings: [], logUrl: deps.logUrl }
  };
  deps.log(
    `deploying ${source} (${sourceSha.slice(0, 12)}) to ${target} (${targetSha.slice(0, 12)}), environment ${config.environment}${dryRun ? ", dry run" : ""}`
  );
  const left = await beforeTheMerge(readReleaseState(deps, config, sourceSha));
  if (left.kind !== "none") return finishLeftMerge(deps, config, outcome, left);
  const facts = await beforeTheMerge(
    gatherChecklistFacts(
      { forge: deps.forge, repoDir: deps.repoDir, gitEnv: deps.gitEnv, env: deps.env },
      config,
      { sourceSha, targetSha },
      request.skips
    )
  );
  outcome.checklist = evaluateChecklist(config.checklist, facts, request.skips);
  for (const item2 of outcome.checklist) deps.log(`[checklist] ${item2.status} ${item2.id}: ${item2.reason}`);
  if (!checklistPassed(outcome.checklist)) {
    const failed = outcome.checklist.filter((i) => i.status === "fail").map((i) => i.id);
    return finish(outcome, "checklist-failed", `Checklist failed (${failed.join(", ")}): nothing was changed`);
  }
  if (dryRun) {
    outcome.targetContainsSource = await targetContains(deps, sourceSha, targetSha);
    return finish(outcome, "dry-run", dryRunMessage(outcome, sourceSha));
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
async function finishLeftMerge(deps, config, outcome, left) {
  const short2 = left.sha.slice(0, 12);
  const [source, target] = [config["source-branch"], config["target-branch"]];
  if (left.kind === "released") {
    outcome.sha = left.sha;
    outcome.deployment = { id: left.deployment.id, state: left.deployment.state };
    return finish(
      outcome,
      "nothing-to-merge",
      `Nothing to merge: ${target} already contains ${source} (${outcome.source.sha.slice(0, 12)}), released as ${short2} by deployment ${left.deployment.id} (${left.deployment.state})`
    );
  }
  const by = "the run that merged it (passed there; this run finishes its release)";
  const skips = CHECKLIST_ITEMS.map((id) => ({ id, by }));
  const facts = {
    source: outcome.source,
    neededSecrets: [],
    presentNames: /* @__PURE__ */ new Set()
  };
  outcome.checklist = evaluateChecklist(config.checklist, facts, skips);
  const taken = left.carryOn ? `, taking on deployment ${left.carryOn.id}` : "";
  deps.log(
    `${target} holds the merge ${short2} of ${source}, which an interrupted run did not release${taken}`
  );
  if (outcome.dryRun)
    return finish(
      outcome,
      "dry-run",
      `Dry run: ${target} holds the merge ${short2} of ${source}, not released yet; would finish its release${taken}. Nothing was changed`
    );
  const pull = (await deps.forge.findPullRequests({ head: source, base: target, state: "closed" })).find(
    (p) => p.merged && p.mergeCommitSha === left.sha
  );
  outcome.promote = pull ? {
    status: "merged",
    sha: left.sha,
    via: "pull-request",
    pullRequest: { number: pull.number, url: pull.url },
    resumed: true
  } : { status: "merged", sha: left.sha, via: "merges-api", resumed: true };
  return releaseMerged(deps, config, outcome, left.carryOn);
}
async function targetContains(deps, sourceSha, targetSha) {
  if (sourceSha === targetSha) return true;
  const dir = deps.repoDir;
  if (dir === void 0) return void 0;
  const [source, target] = await Promise.all([
    tryRevParse(dir, sourceSha, deps.gitEnv),
    tryRevParse(dir, targetSha, deps.gitEnv)
  ]);
  return source && target ? isAncestor(dir, sourceSha, targetSha, deps.gitEnv) : void 0;
}
function dryRunMessage(outcome, sourceSha) {
  const source = `${outcome.source.branch} (${sourceSha.slice(0, 12)})`;
  const target = outcome.target.branch;
  if (outcome.targetContainsSource === true)
    return `Dry run: the checklist passed; nothing to merge: ${target} already contains ${source}, so a deploy would release nothing. Nothing was changed`;
  const unless = outcome.targetContainsSource === void 0 ? " (unless it already contains it)" : "";
  return `Dry run: the checklist passed; would merge ${source} into ${target}${unless}. Nothing was changed`;
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
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/deploy/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export {
  deployReport,
  parseSkips,
  systemClock,
  githubDeployPorts,
  localDeployPorts,
  neededSecrets,
  runDeploy
};

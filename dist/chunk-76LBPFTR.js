import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  GitError,
  assertSafeRef,
  commitTree,
  isAncestor,
  revParse,
  runGit,
  tryRevParse,
  updateRef
} from "./chunk-BPJGBRTH.js";
import {
  COMMENT_MAX_CHARS
} from "./chunk-YOIBVPTW.js";
import {
  describeError
} from "./chunk-KA2W5GDI.js";

// src/rollback/texts.ts
var DEFAULT_LABELS = Object.freeze({
  rollback: "rollback",
  hold: "rollback:hold"
});
var TITLE_MAX = 256;
var BODY_MAX = COMMENT_MAX_CHARS - 2e3;
function rollbackBranch(sha) {
  return `rollback/${sha}`;
}
function shortSha(sha) {
  return sha.slice(0, 12);
}
function issueMarker(sha) {
  return `<!-- launchgate:rollback-issue sha=${sha} -->`;
}
function pullMarker(sha) {
  return `<!-- launchgate:rollback-pr sha=${sha} -->`;
}
function revertTrailer(sha) {
  return `Rollback-Of: ${sha}`;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function pullTitle(subject) {
  return clip(
    `Roll back ${shortSha(subject.sha)} on ${subject.environment}: ${oneLine(subject.reason)}`,
    TITLE_MAX
  );
}
function issueTitle(subject) {
  return clip(
    `Rollback of ${shortSha(subject.sha)} on ${subject.environment}: ${oneLine(subject.reason)}`,
    TITLE_MAX
  );
}
function revertMessage(subject) {
  return [
    `Revert ${shortSha(subject.sha)}: roll back ${subject.environment}`,
    "",
    `This reverts commit ${subject.sha}, relative to its first parent`,
    "(git revert -m 1): the deployed merge is undone on top of the current branch.",
    "",
    `Reason: ${oneLine(subject.reason)}`,
    "",
    revertTrailer(subject.sha),
    ...subject.holderTrailer ? [subject.holderTrailer] : [],
    ""
  ].join("\n");
}
function references(subject) {
  const lines = [`- Deployed commit: \`${subject.sha}\` (${subject.environment})`];
  if (subject.deploymentId !== void 0) lines.push(`- Deployment: ${subject.deploymentId}`);
  if (subject.deployPullRequest !== void 0)
    lines.push(`- Deploy pull request: #${subject.deployPullRequest}`);
  return lines;
}
function evidence(subject) {
  const text = subject.evidenceMarkdown.trim();
  if (text.length <= BODY_MAX) return text;
  return `${text.slice(0, BODY_MAX)}

_(evidence truncated to fit GitHub's limit)_`;
}
function pullBody(subject, labels, issue) {
  return [
    pullMarker(subject.sha),
    `## Automatic rollback of \`${shortSha(subject.sha)}\` on ${subject.environment}`,
    "",
    `**Why:** ${oneLine(subject.reason)}`,
    "",
    ...references(subject),
    issue === void 0 ? "- Rollback issue: being opened" : `- Rollback issue: #${issue}`,
    "",
    "This branch holds a revert of the deployed merge commit on top of the current branch. Merge it",
    `to roll back; close it to keep the release. Label the deploy's PR or the issue \`${labels.hold}\``,
    "to stop the monitor from acting on this deploy.",
    "",
    "### Evidence",
    "",
    evidence(subject),
    ""
  ].join("\n");
}
function issueBody(subject, labels, link) {
  const pr = link.pullRequest !== void 0 ? `- Rollback pull request: #${link.pullRequest} (merge it to roll back)` : `- Rollback pull request: none yet${link.problem ? `: ${oneLine(link.problem)}` : ""}`;
  return [
    issueMarker(subject.sha),
    `## ${subject.environment} needs a rollback of \`${shortSha(subject.sha)}\``,
    "",
    `**Why:** ${oneLine(subject.reason)}`,
    "",
    ...references(subject),
    pr,
    "",
    `Add the \`${labels.hold}\` label here or on the deploy's PR to stop automatic action.`,
    "",
    "### Evidence",
    "",
    evidence(subject),
    ""
  ].join("\n");
}
function conflictProblem(conflicts, base) {
  return `the automatic revert conflicts with later commits on ${base} in ${conflicts.join(", ")}; revert by hand (git revert -m 1 <sha>), resolve, and open the PR`;
}
function lockOnlyProblem(branch, base) {
  return `${branch} holds no revert of the deploy (the automatic revert conflicted, or the branch was made by hand); revert by hand onto ${base} (git revert -m 1 <sha>), push it to ${branch}, and open the PR`;
}
function mentionsSha(text, sha) {
  const lower = text.toLowerCase();
  const target = sha.toLowerCase();
  for (const match of lower.matchAll(/\b[0-9a-f]{7,40}\b/g)) {
    if (target.startsWith(match[0])) return true;
  }
  return false;
}

// src/rollback/find.ts
async function findExisting(forge, sha, branch, labels) {
  const [pulls, issues] = await Promise.all([
    forge.findPullRequests({ head: branch, state: "all" }),
    forge.findIssues({ labels: [labels.rollback], state: "all" })
  ]);
  const marker = issueMarker(sha);
  const pullRequest = pulls.find((p) => p.state === "open") ?? pulls[0];
  const issue = issues.filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number)[0];
  return { pullRequest, issue };
}
async function findDeployPullRequest(forge, sha, base, number) {
  if (number !== void 0) return forge.getPullRequest(number);
  const closed = await forge.findPullRequests({ base, state: "closed" });
  return closed.find((p) => p.merged && p.mergeCommitSha === sha);
}
async function findHold(forge, sha, labels, candidates) {
  for (const item of candidates) {
    if (item?.labels.includes(labels.hold)) return { on: `#${item.number}`, url: item.url };
  }
  const held = await forge.findIssues({ labels: [labels.hold], state: "open" });
  const about = held.find((i) => mentionsSha(`${i.title}
${i.body}`, sha));
  return about && { on: `#${about.number}`, url: about.url };
}

// src/rollback/lock-holder.ts
import { hostname } from "node:os";
var DEFAULT_GRACE_MS = 6e4;
var TRAILER = "Rollback-Run";
function currentHolder() {
  return `${hostname()}:${process.pid}`;
}
function holderTrailer(holder) {
  return `${TRAILER}: ${holder}`;
}
function holderMayBeAlive(tip, probe) {
  const holder = new RegExp(`^${TRAILER}: (.+):(\\d+)$`, "m").exec(tip.message);
  if (holder && holder[1] === probe.host) return probe.isAlive(Number(holder[2]));
  return probe.now - tip.committedAt < (probe.graceMs ?? DEFAULT_GRACE_MS);
}
function localProbe(graceMs) {
  return { now: Date.now(), host: hostname(), isAlive: pidAlive, graceMs };
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/git/merge.ts
async function mergeTree(cwd, base, head, env) {
  assertSafeRef(base);
  assertSafeRef(head);
  const args = ["merge-tree", "--write-tree", "--name-only", "-z", base, head];
  const result = await runGit(args, { cwd, env, allowExitCodes: [1] });
  const fields = result.stdout.split("\0");
  const tree = fields[0] ?? "";
  if (!/^[0-9a-f]{40,64}$/.test(tree))
    throw new GitError(args, result.code, result.stderr || "no tree in output");
  if (result.code === 0) return { clean: true, tree };
  const end = fields.indexOf("", 1);
  const conflicts = [...new Set(fields.slice(1, end === -1 ? void 0 : end))];
  const messages = end === -1 ? [] : conflictMessages(fields.slice(end + 1));
  return { clean: false, tree, conflicts, messages };
}
function conflictMessages(fields) {
  const messages = [];
  for (let i = 0; i < fields.length; ) {
    const count = Number(fields[i]);
    if (!Number.isInteger(count) || count < 0) break;
    const message = (fields[i + count + 2] ?? "").trim();
    if (message.startsWith("CONFLICT")) messages.push(message);
    i += count + 3;
  }
  return messages;
}
async function revertMergeCommit(cwd, input) {
  const { env, author } = input;
  const merge = await revParse(cwd, input.merge, env);
  const onto = await revParse(cwd, input.onto ?? merge, env);
  const parent = await revParse(cwd, `${merge}^${input.mainline ?? 1}`, env);
  const undone = await commitTree(cwd, {
    tree: `${parent}^{tree}`,
    parents: [merge],
    message: input.message,
    author,
    env
  });
  if (onto === merge) return { status: "reverted", sha: undone };
  if (!await isAncestor(cwd, merge, onto, env)) {
    throw new GitError(["revert", merge], -1, `${onto} does not contain ${merge}; nothing to revert`, {
      userError: true
    });
  }
  const merged = await mergeTree(cwd, onto, undone, env);
  if (!merged.clean) return { status: "conflict", conflicts: merged.conflicts };
  const sha = await commitTree(cwd, {
    tree: merged.tree,
    parents: [onto],
    message: input.message,
    author,
    env
  });
  return { status: "reverted", sha };
}

// src/rollback/revert-writer.ts
var ROLLBACK_IDENTITY = {
  name: "launchgate",
  email: "launchgate@users.noreply.github.com"
};
var heads = (branch) => `refs/heads/${branch}`;
async function readTip(cwd, ref, env) {
  const sha = await tryRevParse(cwd, ref, env);
  if (sha === void 0) return void 0;
  const { stdout } = await runGit(["log", "-1", "--format=%ct%n%B", sha], { cwd, env });
  const [time, ...message] = stdout.split("\n");
  return { sha, committedAt: Number(time) * 1e3, message: message.join("\n") };
}
var LocalRevertWriter = class {
  constructor(gitDir, options = {}) {
    this.gitDir = gitDir;
    this.options = options;
  }
  gitDir;
  options;
  get describe() {
    return `the repository at ${this.gitDir}`;
  }
  async create(input) {
    const { env } = this.options;
    if (await tryRevParse(this.gitDir, heads(input.branch), env) !== void 0) return { status: "exists" };
    const onto = await tryRevParse(this.gitDir, heads(input.base), env);
    if (onto === void 0) throw missingBase(input.base, this.describe);
    const author = this.options.identity ?? ROLLBACK_IDENTITY;
    return revertAndClaim(this.gitDir, onto, input, { author, env }, (sha) => this.claim(input.branch, sha));
  }
  claim(branch, sha) {
    const reason = "launchgate: rollback";
    return updateRef(this.gitDir, heads(branch), sha, null, { env: this.options.env, reason });
  }
  tip(branch) {
    return readTip(this.gitDir, heads(branch), this.options.env);
  }
};
var PushRevertWriter = class {
  constructor(workDir, options = {}) {
    this.workDir = workDir;
    this.options = options;
    this.remote = options.remote ?? "origin";
  }
  workDir;
  options;
  remote;
  get describe() {
    return `the checkout at ${this.workDir} (remote ${this.remote})`;
  }
  async create(input) {
    const { env } = this.options;
    const onto = await this.fetch(heads(input.base));
    if (onto === void 0) throw missingBase(input.base, this.describe);
    const author = this.options.identity ?? ROLLBACK_IDENTITY;
    return revertAndClaim(this.workDir, onto, input, { author, env }, (sha) => this.claim(input.branch, sha));
  }
  async claim(branch, sha) {
    const push = await runGit(
      ["push", "--porcelain", "--no-verify", this.remote, `${sha}:${heads(branch)}`],
      {
        cwd: this.workDir,
        env: this.options.env,
        allowExitCodes: [1]
      }
    );
    const flag = porcelainFlag(push.stdout, heads(branch));
    if (flag === "*") return true;
    if (flag === "=" || flag === "!") return false;
    throw new GitError(["push", this.remote, heads(branch)], push.code, push.stderr || push.stdout);
  }
  async tip(branch) {
    const sha = await this.fetch(heads(branch));
    return sha === void 0 ? void 0 : readTip(this.workDir, sha, this.options.env);
  }
  /** Fetches one ref of the remote; its sha, or undefined when the remote has no such ref. */
  async fetch(ref) {
    const { env } = this.options;
    const listed = await runGit(["ls-remote", "--exit-code", this.remote, ref], {
      cwd: this.workDir,
      env,
      allowExitCodes: [2]
    });
    if (listed.code === 2) return void 0;
    const shallow = (await runGit(["rev-parse", "--is-shallow-repository"], { cwd: this.workDir, env })).stdout;
    const deepen = shallow.trim() === "true" ? ["--unshallow"] : [];
    await runGit(["fetch", "--quiet", "--no-tags", ...deepen, this.remote, ref], { cwd: this.workDir, env });
    return tryRevParse(this.workDir, "FETCH_HEAD", env);
  }
};
function porcelainFlag(stdout, ref) {
  for (const line of stdout.split("\n")) {
    const [flag, refs] = line.split("	");
    if (refs?.endsWith(`:${ref}`)) return flag?.trim() === "" ? " " : flag;
  }
  return void 0;
}
function missingBase(base, where) {
  return new GitError(["rev-parse", heads(base)], -1, `branch ${base} does not exist in ${where}`, {
    userError: true
  });
}
async function revertAndClaim(dir, onto, input, git, claim) {
  const result = await revertMergeCommit(dir, { merge: input.merge, onto, message: input.message, ...git });
  if (result.status === "conflict") return { status: "conflict", conflicts: result.conflicts, onto };
  return await claim(result.sha) ? { status: "created", sha: result.sha, onto } : { status: "exists" };
}

// src/rollback/publish.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function pullProblem(error) {
  const message = describeError(error);
  if (statusOf(error) !== 403) return `the rollback PR could not be opened: ${message}`;
  return `the rollback PR could not be opened (${message}). A workflow's GITHUB_TOKEN may only open PRs when Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is on; or pass a GitHub App token`;
}
async function ensureIssue(ctx, existing, link, steps) {
  const body = issueBody(ctx.subject, ctx.labels, link);
  if (existing === void 0) return createIssueOnce(ctx, body, steps);
  if (existing.body === body) {
    steps.push({ action: "update-issue", outcome: "unchanged", detail: `#${existing.number}` });
    return existing;
  }
  const issue = await ctx.forge.updateIssue(existing.number, { body });
  steps.push({ action: "update-issue", outcome: "done", detail: `#${issue.number}` });
  return issue;
}
async function createIssueOnce(ctx, body, steps) {
  const { forge, labels } = ctx;
  const created = await forge.createIssue({ title: issueTitle(ctx.subject), body, labels: [labels.rollback] });
  const marker = issueMarker(ctx.subject.sha);
  const [oldest] = (await forge.findIssues({ labels: [labels.rollback], state: "all" })).filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number);
  if (oldest === void 0 || oldest.number === created.number) {
    steps.push({ action: "create-issue", outcome: "done", detail: `#${created.number}` });
    return created;
  }
  await forge.updateIssue(created.number, {
    state: "closed",
    body: `Duplicate of #${oldest.number}.

${body}`
  });
  steps.push({
    action: "update-issue",
    outcome: "done",
    detail: `#${oldest.number} (closed duplicate #${created.number})`
  });
  return oldest;
}
async function ensurePullLabel(ctx, pull, steps) {
  const label = ctx.labels.rollback;
  if (pull.labels.includes(label)) return pull;
  await ctx.forge.updateIssue(pull.number, { labels: [...pull.labels, label] });
  steps.push({ action: "label-pull-request", outcome: "done", detail: `#${pull.number} ${label}` });
  return { ...pull, labels: [...pull.labels, label] };
}
async function updatePull(ctx, pull, issue, steps) {
  const body = pullBody(ctx.subject, ctx.labels, issue);
  pull = await ensurePullLabel(ctx, pull, steps);
  if (pull.body === body) {
    steps.push({ action: "update-pull-request", outcome: "unchanged", detail: `#${pull.number}` });
    return pull;
  }
  const updated = await ctx.forge.updatePullRequest(pull.number, { body });
  steps.push({ action: "update-pull-request", outcome: "done", detail: `#${pull.number}` });
  return updated;
}
async function createRollbackPull(ctx, branch, base, issue, steps) {
  const { forge, labels, subject } = ctx;
  let pullRequest;
  try {
    pullRequest = await forge.createPullRequest({
      title: pullTitle(subject),
      body: pullBody(subject, labels, issue.number),
      head: branch,
      base,
      labels: [labels.rollback]
    });
    steps.push({ action: "create-pull-request", outcome: "done", detail: `#${pullRequest.number}` });
  } catch (error) {
    const open = statusOf(error) === 422 ? (await forge.findPullRequests({ head: branch, state: "open" }))[0] : void 0;
    if (open === void 0) {
      const problem = pullProblem(error);
      steps.push({ action: "create-pull-request", outcome: "failed", detail: problem });
      return { issue: await ensureIssue(ctx, issue, { problem }, steps), problem };
    }
    pullRequest = await updatePull(ctx, open, issue.number, steps);
  }
  const linked = await ensureIssue(ctx, issue, { pullRequest: pullRequest.number }, steps);
  return { pullRequest, issue: linked };
}
async function refreshRollback(ctx, pull, issue) {
  const steps = [];
  const linked = await ensureIssue(ctx, issue, { pullRequest: pull.number }, steps);
  const pullRequest = await updatePull(ctx, pull, linked.number, steps);
  return { pullRequest, issue: linked, created: issue === void 0, steps };
}

// src/rollback/open.ts
var ROLLBACK_LABEL_COLOR = "b60205";
async function openRollback(forge, request) {
  const labels = { ...DEFAULT_LABELS, ...request.labels };
  const branch = rollbackBranch(request.sha);
  const base = request.base ?? await deploymentBranch(forge, request) ?? "main";
  const existing = await findExisting(forge, request.sha, branch, labels);
  const deployPull = await findDeployPullRequest(forge, request.sha, base, request.pullRequest);
  const ctx = {
    forge,
    request,
    labels,
    subject: {
      ...request,
      deployPullRequest: deployPull?.number,
      holderTrailer: holderTrailer(currentHolder())
    }
  };
  const result = {
    created: false,
    dryRun: request.dryRun === true,
    branch,
    base,
    pullRequest: existing.pullRequest,
    issue: existing.issue,
    steps: []
  };
  const held = await findHold(forge, request.sha, labels, [deployPull, existing.pullRequest, existing.issue]);
  if (held) {
    const detail = `\`${labels.hold}\` on ${held.on}: no automatic action`;
    return { ...result, held, steps: [{ action: "hold", outcome: "skipped", detail }] };
  }
  if (request.dryRun) return { ...result, steps: await plan(forge, existing, branch, base) };
  if (existing.pullRequest?.state === "closed") {
    const how = existing.pullRequest.merged ? "merged: the rollback is done" : "closed by a person";
    const detail = `#${existing.pullRequest.number} was ${how}; nothing to do`;
    return { ...result, steps: [{ action: "update-pull-request", outcome: "skipped", detail }] };
  }
  if (existing.pullRequest)
    return { ...result, ...await refreshRollback(ctx, existing.pullRequest, existing.issue) };
  return start(ctx, existing, result);
}
function createdIn(steps) {
  return steps.some(
    (s) => s.outcome === "done" && (s.action === "create-issue" || s.action === "create-pull-request")
  );
}
async function start(ctx, existing, result) {
  const { forge, request, labels } = ctx;
  const { branch, base } = result;
  await forge.ensureLabel(labels.rollback, ROLLBACK_LABEL_COLOR, "launchgate: automatic rollback");
  const writer = request.writer ?? revertWriterFor(forge, request);
  const message = revertMessage(ctx.subject);
  const outcome = await writer.create({ merge: request.sha, base, branch, message });
  if (outcome.status === "exists") return takeOver(ctx, writer, result);
  if (outcome.status === "conflict") {
    if (!await writer.claim(branch, outcome.onto)) return takeOver(ctx, writer, result);
    const problem = conflictProblem(outcome.conflicts, base);
    const steps2 = [
      { action: "create-branch", outcome: "done", detail: `${branch} (lock only)` }
    ];
    const issue2 = await ensureIssue(ctx, existing.issue, { problem }, steps2);
    return { ...result, issue: issue2, created: createdIn(steps2), problem, steps: steps2 };
  }
  const detail = `${branch} with revert ${outcome.sha.slice(0, 12)}`;
  const steps = [{ action: "create-branch", outcome: "done", detail }];
  const issue = await ensureIssue(ctx, existing.issue, {}, steps);
  const opened = await createRollbackPull(ctx, branch, base, issue, steps);
  return { ...result, ...opened, issue: opened.issue ?? issue, created: true, revertSha: outcome.sha, steps };
}
async function takeOver(ctx, writer, result) {
  const { sha } = ctx.request;
  const now = await findExisting(ctx.forge, sha, result.branch, ctx.labels);
  if (now.pullRequest?.state === "open")
    return { ...result, ...await refreshRollback(ctx, now.pullRequest, now.issue) };
  const tip = await writer.tip(result.branch);
  const steps = [];
  if (now.issue === void 0 && tip && holderMayBeAlive(tip, localProbe(ctx.request.graceMs))) {
    const detail = `the run that created ${result.branch} is still opening the issue and PR`;
    return {
      ...result,
      pullRequest: now.pullRequest,
      steps: [{ action: "wait", outcome: "skipped", detail }]
    };
  }
  if (tip?.message.includes(revertTrailer(sha)) === true) {
    const issue2 = await ensureIssue(ctx, now.issue, {}, steps);
    const opened = await createRollbackPull(ctx, result.branch, result.base, issue2, steps);
    return { ...result, ...opened, issue: opened.issue ?? issue2, created: createdIn(steps), steps };
  }
  const problem = lockOnlyProblem(result.branch, result.base);
  const issue = await ensureIssue(ctx, now.issue, { problem }, steps);
  return { ...result, pullRequest: now.pullRequest, issue, created: createdIn(steps), problem, steps };
}
async function plan(forge, existing, branch, base) {
  const pr = existing.pullRequest;
  const issue = existing.issue;
  if (pr?.state === "closed") {
    return [
      { action: "update-pull-request", outcome: "skipped", detail: `#${pr.number} is closed; nothing to do` }
    ];
  }
  const steps = [];
  if (pr) {
    steps.push({
      action: "update-pull-request",
      outcome: "would",
      detail: `update #${pr.number} with the evidence`
    });
  } else {
    const baseSha = await forge.getBranchSha(base);
    const onto = baseSha ? ` on top of ${base} (${baseSha.slice(0, 12)})` : ` (but ${base} does not exist)`;
    steps.push(
      {
        action: "create-branch",
        outcome: "would",
        detail: `create ${branch} with a revert of the deploy${onto}`
      },
      { action: "create-pull-request", outcome: "would", detail: `open a PR from ${branch} into ${base}` }
    );
  }
  steps.push(
    issue ? { action: "update-issue", outcome: "would", detail: `update issue #${issue.number}` } : { action: "create-issue", outcome: "would", detail: "open a rollback issue linked to the PR" }
  );
  return steps;
}
async function deploymentBranch(forge, request) {
  if (request.deploymentId === void 0) return void 0;
  const deployments = await forge.listDeployments({ sha: request.sha });
  const ref = deployments.find((d) => d.id === request.deploymentId)?.ref;
  if (ref === void 0 || /^[0-9a-f]{40}$/i.test(ref) || ref.startsWith("refs/tags/")) return void 0;
  return ref.replace(/^refs\/heads\//, "");
}
function revertWriterFor(forge, request) {
  const git = request.git ?? {};
  const options = { env: git.env, identity: git.identity };
  if (forge.kind === "local") return new LocalRevertWriter(git.dir ?? localGitDir(forge), options);
  const dir = git.dir ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
  return new PushRevertWriter(dir, { ...options, remote: git.remote });
}
function localGitDir(forge) {
  if ("gitDir" in forge && typeof forge.gitDir === "string") return forge.gitDir;
  throw new Error("the local forge did not expose its git dir; pass request.git.dir");
}

// src/rollback/git-auth.ts
function gitAuth(token, serverUrl) {
  if (!token) return { env: {} };
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const server = (serverUrl || "https://github.com").replace(/\/+$/, "");
  return {
    env: {
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`
    },
    secret: basic
  };
}

export {
  mergeTree,
  openRollback,
  gitAuth
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  GitError,
  assertSafeRef,
  commitTree,
  isAncestor,
  mergeBase,
  revParse,
  runGit,
  tryRevParse,
  updateRef
} from "./chunk-TQIISSPJ.js";
import {
  redact
} from "./chunk-43CQW6Z7.js";
import {
  COMMENT_MAX_CHARS
} from "./chunk-XOEPOA5U.js";
import {
  external_exports
} from "./chunk-XEJXVRDQ.js";
import {
  ConfigurationError,
  UserError,
  describeError
} from "./chunk-WONG65HV.js";

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
function reasonHeadline(reason) {
  const clauses = oneLine(reason).split(/;\s+/).map((clause) => /^([^:]{1,80}?):\s/.exec(clause)?.[1] ?? clause).filter((clause) => clause !== "");
  return [...new Set(clauses)].join(", ");
}
function pullTitle(subject) {
  return clip(
    `Roll back ${shortSha(subject.sha)} on ${subject.environment}: ${reasonHeadline(subject.reason)}`,
    TITLE_MAX
  );
}
function issueTitle(subject) {
  return clip(
    `Rollback of ${shortSha(subject.sha)} on ${subject.environment}: ${reasonHeadline(subject.reason)}`,
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
var NO_PULL_YET = "- Rollback pull request: none yet";
function awaitsFirstPullAttempt(body) {
  return body.split("\n").some((line) => line.trimEnd() === NO_PULL_YET);
}
function issueBody(subject, labels, link2) {
  const pr = link2.pullRequest !== void 0 ? `- Rollback pull request: #${link2.pullRequest} (merge it to roll back)` : `${NO_PULL_YET}${link2.problem ? `: ${oneLine(link2.problem)}` : ""}`;
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
    const count2 = Number(fields[i]);
    if (!Number.isInteger(count2) || count2 < 0) break;
    const message = (fields[i + count2 + 2] ?? "").trim();
    if (message.startsWith("CONFLICT")) messages.push(message);
    i += count2 + 3;
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
async function ensureIssue(ctx, existing, link2, steps) {
  const body = issueBody(ctx.subject, ctx.labels, link2);
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
    const open2 = statusOf(error) === 422 ? (await forge.findPullRequests({ head: branch, state: "open" }))[0] : void 0;
    if (open2 === void 0) {
      const problem = pullProblem(error);
      steps.push({ action: "create-pull-request", outcome: "failed", detail: problem });
      return { issue: await ensureIssue(ctx, issue, { problem }, steps), problem };
    }
    pullRequest = await updatePull(ctx, open2, issue.number, steps);
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
  const creatorBusy = now.issue === void 0 || awaitsFirstPullAttempt(now.issue.body);
  if (creatorBusy && tip && holderMayBeAlive(tip, localProbe(ctx.request.graceMs))) {
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

// src/ports/local-forge.ts
import { mkdir } from "node:fs/promises";

// src/ports/local-forge-diff.ts
var MAX_PATCH_CHARS = 256 * 1024;
var STATUS = {
  A: "added",
  M: "modified",
  D: "removed",
  R: "renamed",
  C: "copied",
  T: "changed"
};
async function changedFiles(cwd, from, to, env) {
  const common = ["diff", "--no-color", "--no-ext-diff", "--find-renames"];
  const names = await runGit([...common, "--name-status", "-z", from, to], { cwd, env });
  const patch = await runGit([...common, "--patch", from, to], { cwd, env });
  const files = parseNameStatus(names.stdout);
  const patches = splitPatch(patch.stdout);
  if (patches.length !== files.length) return files;
  return files.map((file, i) => {
    const hunks = patches[i];
    return hunks === void 0 ? file : { ...file, patch: hunks };
  });
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i] ?? "";
    if (code === "") break;
    const status = STATUS[code.charAt(0)] ?? "changed";
    if (status === "renamed" || status === "copied") {
      files.push({ path: fields[i + 2] ?? "", status, previousPath: fields[i + 1] ?? "" });
      i += 3;
    } else {
      files.push({ path: fields[i + 1] ?? "", status });
      i += 2;
    }
  }
  return files;
}
function splitPatch(output) {
  if (output.trim() === "") return [];
  const sections = `
${output}`.split("\ndiff --git ").slice(1);
  return sections.map((section) => {
    const start2 = section.startsWith("@@") ? 0 : section.indexOf("\n@@");
    if (start2 === -1) return void 0;
    const hunks = section.slice(start2 === 0 ? 0 : start2 + 1).replace(/\n$/, "");
    return hunks.length > MAX_PATCH_CHARS ? void 0 : hunks;
  });
}

// src/ports/local-forge-store.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join } from "node:path";

// src/ports/local-forge-lock.ts
import { randomUUID } from "node:crypto";
import { link, open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname as hostname2 } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
var LockTimeoutError = class extends UserError {
  name = "LockTimeoutError";
  lockPath;
  constructor(lockPath, timeoutMs) {
    super(
      `timed out after ${timeoutMs} ms waiting for the lock ${lockPath}. Another launchgate process is using the local forge; if none is running, delete that file and run again.`
    );
    this.lockPath = lockPath;
  }
};
async function withFileLock(lockPath, fn, options = {}) {
  const token = await acquire(lockPath, options);
  try {
    return await fn();
  } finally {
    await release(lockPath, token);
  }
}
async function acquire(lockPath, options) {
  const timeoutMs = options.timeoutMs ?? 1e4;
  const staleMs = options.staleMs ?? 3e4;
  const owner = { pid: process.pid, host: hostname2(), token: randomUUID() };
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockPath, owner)) return owner.token;
    if (await removeIfStale(lockPath, staleMs)) continue;
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath, timeoutMs);
    await sleep(Math.min(5 + attempt * 2, 50) + Math.random() * 10);
  }
}
async function tryCreate(lockPath, owner) {
  let handle;
  try {
    handle = await open(lockPath, "wx");
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}
async function release(lockPath, token) {
  const owner = parseOwner(await readText(lockPath));
  if (owner?.token === token) await unlink(lockPath).catch(ignoreMissing);
}
async function removeIfStale(lockPath, staleMs) {
  const info = await stat(lockPath).catch(ignoreMissing);
  if (!info) return true;
  const content = await readText(lockPath);
  if (content === void 0) return true;
  if (!isStale(parseOwner(content), Date.now() - info.mtimeMs, staleMs)) return false;
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return true;
    throw error;
  }
  if (await readText(aside) !== content) await link(aside, lockPath).catch(() => void 0);
  await unlink(aside).catch(ignoreMissing);
  return true;
}
function isStale(owner, ageMs, staleMs) {
  if (ageMs > staleMs) return true;
  return owner !== void 0 && owner.host === hostname2() && !processAlive(owner.pid);
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}
function parseOwner(content) {
  if (!content) return void 0;
  try {
    const value = JSON.parse(content);
    if (typeof value.pid === "number" && typeof value.host === "string" && typeof value.token === "string") {
      return { pid: value.pid, host: value.host, token: value.token };
    }
  } catch {
  }
  return void 0;
}
async function writeFileAtomic(file, content) {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, content, { encoding: "utf8", flush: true });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(ignoreMissing);
    throw error;
  }
}
async function readText(file) {
  return readFile(file, "utf8").catch(ignoreMissing);
}
function ignoreMissing(error) {
  if (errorCode(error) === "ENOENT") return void 0;
  throw error;
}
function errorCode(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
}

// src/ports/local-forge-store.ts
var count = external_exports.number().int().nonnegative();
var isoDate = external_exports.string();
var storedIssue = external_exports.object({
  number: count,
  title: external_exports.string(),
  body: external_exports.string(),
  state: external_exports.enum(["open", "closed"]),
  labels: external_exports.array(external_exports.string()),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Present on pull requests only; issues and pull requests share the number sequence. */
  pullRequest: external_exports.object({
    head: external_exports.string(),
    base: external_exports.string(),
    headSha: external_exports.string(),
    merged: external_exports.boolean(),
    mergeCommitSha: external_exports.string().optional()
  }).optional()
});
var storedComment = external_exports.object({
  id: count,
  issueNumber: count,
  body: external_exports.string(),
  author: external_exports.string(),
  createdAt: isoDate,
  updatedAt: isoDate
});
var deploymentStatus = external_exports.object({
  id: count,
  state: external_exports.enum(["error", "failure", "inactive", "in_progress", "queued", "pending", "success"]),
  createdAt: isoDate,
  environmentUrl: external_exports.string().optional(),
  logUrl: external_exports.string().optional(),
  description: external_exports.string().optional()
});
var storedDeployment = external_exports.object({
  id: count,
  sha: external_exports.string(),
  ref: external_exports.string(),
  environment: external_exports.string(),
  createdAt: isoDate,
  description: external_exports.string().optional(),
  payload: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  /** Oldest first, as they were created. */
  statuses: external_exports.array(deploymentStatus)
});
var commitCheck = external_exports.object({
  name: external_exports.string(),
  state: external_exports.enum(["success", "failure", "pending", "neutral", "skipped"]),
  source: external_exports.enum(["check-run", "status"]),
  url: external_exports.string().optional()
});
var storedReviewComment = external_exports.object({
  id: count,
  pullNumber: count,
  commitSha: external_exports.string(),
  path: external_exports.string(),
  line: count,
  body: external_exports.string(),
  createdAt: isoDate
});
var forgeState = external_exports.object({
  version: external_exports.literal(1),
  repo: external_exports.object({ owner: external_exports.string(), repo: external_exports.string() }),
  /** Last id handed out per kind; ids are never reused, even after a delete. */
  counters: external_exports.object({
    issue: count,
    comment: count,
    deployment: count,
    deploymentStatus: count,
    reviewComment: count
  }),
  issues: external_exports.array(storedIssue),
  comments: external_exports.array(storedComment),
  labels: external_exports.array(external_exports.object({ name: external_exports.string(), color: external_exports.string(), description: external_exports.string() })),
  deployments: external_exports.array(storedDeployment),
  /** Checks per commit sha, recorded by `LocalForge.recordCheck` (there is no CI locally). */
  checks: external_exports.record(external_exports.string(), external_exports.array(commitCheck)),
  reviewComments: external_exports.array(storedReviewComment)
});
function emptyState(repo) {
  return {
    version: 1,
    repo: { owner: repo.owner, repo: repo.repo },
    counters: { issue: 0, comment: 0, deployment: 0, deploymentStatus: 0, reviewComment: 0 },
    issues: [],
    comments: [],
    labels: [],
    deployments: [],
    checks: {},
    reviewComments: []
  };
}
function nextId(state, counter) {
  state.counters[counter] += 1;
  return state.counters[counter];
}
var ForgeStore = class {
  constructor(stateDir, repo, lockOptions = {}) {
    this.repo = repo;
    this.lockOptions = lockOptions;
    this.file = join(stateDir, "forge.json");
    this.lockFile = `${this.file}.lock`;
  }
  repo;
  lockOptions;
  /** Path of the JSON file. */
  file;
  lockFile;
  /** The current state. Needs no lock: writes are atomic renames, so a read never sees half a file. */
  async read() {
    let text;
    try {
      text = await readFile2(this.file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return emptyState(this.repo);
      throw error;
    }
    return this.parse(text);
  }
  /**
   * Runs `mutate` on a fresh copy of the state while holding the lock, then writes the result.
   * If `mutate` throws, nothing is written. Returns what `mutate` returns.
   */
  async update(mutate) {
    return withFileLock(
      this.lockFile,
      async () => {
        const state = await this.read();
        const result = await mutate(state);
        await writeFileAtomic(this.file, `${JSON.stringify(state, null, 2)}
`);
        return result;
      },
      this.lockOptions
    );
  }
  parse(text) {
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`is not valid JSON; fix or delete it (${error.message})`, {
        position: { file: this.file },
        cause: error
      });
    }
    const parsed = forgeState.safeParse(json);
    if (!parsed.success) {
      throw new ConfigurationError(
        `is not a launchgate local forge state: ${external_exports.prettifyError(parsed.error)}`,
        {
          position: { file: this.file }
        }
      );
    }
    return parsed.data;
  }
};

// src/ports/local-forge-model.ts
var LocalForgeError = class extends UserError {
  name = "LocalForgeError";
  status;
  constructor(status, message) {
    super(`local forge: ${message}`);
    this.status = status;
  }
};
function localUrl(repo, kind, number) {
  return `local://${repo.owner}/${repo.repo}/${kind}/${number}`;
}
function toIssue(repo, stored) {
  return {
    number: stored.number,
    title: stored.title,
    body: stored.body,
    state: stored.state,
    labels: [...stored.labels],
    url: localUrl(repo, stored.pullRequest ? "pull" : "issues", stored.number)
  };
}
function toPullRequest(repo, stored, liveHeadSha) {
  const pull = stored.pullRequest;
  if (!pull) throw new LocalForgeError(404, `#${stored.number} is an issue, not a pull request`);
  const pr = {
    ...toIssue(repo, stored),
    merged: pull.merged,
    head: pull.head,
    base: pull.base,
    // GitHub follows the head branch while the pull request is open; after that it is frozen.
    headSha: stored.state === "open" && liveHeadSha ? liveHeadSha : pull.headSha
  };
  if (pull.mergeCommitSha) pr.mergeCommitSha = pull.mergeCommitSha;
  return pr;
}
function toComment(stored) {
  return { id: stored.id, body: stored.body, author: stored.author, createdAt: stored.createdAt };
}
function toDeployment(stored) {
  const { statuses: _statuses, ...deployment } = stored;
  return structuredClone(deployment);
}
function toStatuses(stored) {
  return stored.statuses.map((status) => ({ ...status })).reverse();
}
function findNumber(issues, number) {
  const found = issues.find((issue) => issue.number === number);
  if (!found) throw new LocalForgeError(404, `no issue or pull request #${number}`);
  return found;
}
function addMissingLabels(labels, names) {
  for (const name of names) {
    if (!labels.some((label) => label.name === name)) labels.push({ name, color: "ededed", description: "" });
  }
}
function matches(issue, state = "open", labels = []) {
  return (state === "all" || issue.state === state) && labels.every((label) => issue.labels.includes(label));
}
function newestFirst(items) {
  return [...items].sort((a, b) => b.number - a.number);
}

// src/ports/local-forge-records.ts
var LocalForgeRecords = class {
  constructor(repo, store, clock, actor) {
    this.repo = repo;
    this.store = store;
    this.clock = clock;
    this.actor = actor;
  }
  repo;
  store;
  clock;
  actor;
  // ---- Comments ----
  async listComments(issueNumber) {
    const state = await this.store.read();
    findNumber(state.issues, issueNumber);
    return state.comments.filter((c) => c.issueNumber === issueNumber).map(toComment);
  }
  async createComment(issueNumber, body) {
    return this.store.update((state) => {
      findNumber(state.issues, issueNumber);
      const at = this.timestamp();
      const comment = {
        id: nextId(state, "comment"),
        issueNumber,
        body,
        author: this.actor,
        createdAt: at,
        updatedAt: at
      };
      state.comments.push(comment);
      return toComment(comment);
    });
  }
  async updateComment(commentId, body) {
    return this.store.update((state) => {
      const comment = state.comments.find((c) => c.id === commentId);
      if (!comment) throw new LocalForgeError(404, `no comment ${commentId}`);
      Object.assign(comment, { body, updatedAt: this.timestamp() });
      return toComment(comment);
    });
  }
  async deleteComment(commentId) {
    await this.store.update((state) => {
      const index = state.comments.findIndex((c) => c.id === commentId);
      if (index === -1) throw new LocalForgeError(404, `no comment ${commentId}`);
      state.comments.splice(index, 1);
    });
  }
  // ---- Issues and labels ----
  async findIssues(query) {
    const { issues } = await this.store.read();
    return newestFirst(issues.filter((i) => !i.pullRequest && matches(i, query.state, query.labels))).map(
      (i) => toIssue(this.repo, i)
    );
  }
  async createIssue(input) {
    return this.store.update((state) => toIssue(this.repo, this.addIssue(state, input)));
  }
  async updateIssue(number, input) {
    return this.store.update((state) => {
      const issue = findNumber(state.issues, number);
      for (const key of ["title", "body", "state", "labels"]) {
        if (input[key] !== void 0) Object.assign(issue, { [key]: input[key] });
      }
      if (input.labels) addMissingLabels(state.labels, input.labels);
      issue.updatedAt = this.timestamp();
      return toIssue(this.repo, issue);
    });
  }
  async ensureLabel(name, color = "ededed", description = "") {
    const { labels } = await this.store.read();
    if (labels.some((label) => label.name === name)) return;
    await this.store.update((state) => {
      if (!state.labels.some((label) => label.name === name)) state.labels.push({ name, color, description });
    });
  }
  // ---- Deployments ----
  async createDeployment(input) {
    const sha = await this.resolveCommit(input.ref);
    return this.store.update((state) => {
      const deployment = {
        id: nextId(state, "deployment"),
        sha,
        ref: input.ref,
        environment: input.environment,
        createdAt: this.timestamp(),
        ...input.description !== void 0 ? { description: input.description } : {},
        ...input.payload !== void 0 ? { payload: structuredClone(input.payload) } : {},
        statuses: []
      };
      state.deployments.push(deployment);
      return toDeployment(deployment);
    });
  }
  async createDeploymentStatus(deploymentId, input) {
    return this.store.update((state) => {
      const deployment = state.deployments.find((d) => d.id === deploymentId);
      if (!deployment) throw new LocalForgeError(404, `no deployment ${deploymentId}`);
      const status = {
        id: nextId(state, "deploymentStatus"),
        createdAt: this.timestamp(),
        ...dropUndefined(input)
      };
      deployment.statuses.push(status);
      return { ...status };
    });
  }
  /** Deployments newest first, as GitHub lists them. */
  async listDeployments(query) {
    const { deployments } = await this.store.read();
    return deployments.filter(
      (d) => (query.environment === void 0 || d.environment === query.environment) && (query.sha === void 0 || d.sha === query.sha)
    ).reverse().map(toDeployment);
  }
  async listDeploymentStatuses(deploymentId) {
    const { deployments } = await this.store.read();
    const deployment = deployments.find((d) => d.id === deploymentId);
    if (!deployment) throw new LocalForgeError(404, `no deployment ${deploymentId}`);
    return toStatuses(deployment);
  }
  // ---- Review comments and checks ----
  async createReviewComments(pullNumber, commitSha, comments) {
    const sha = await this.resolveCommit(commitSha);
    await this.store.update((state) => {
      if (!findNumber(state.issues, pullNumber).pullRequest) {
        throw new LocalForgeError(404, `#${pullNumber} is an issue, not a pull request`);
      }
      const createdAt = this.timestamp();
      for (const c of comments) {
        state.reviewComments.push({
          id: nextId(state, "reviewComment"),
          pullNumber,
          commitSha: sha,
          ...c,
          createdAt
        });
      }
    });
  }
  /** Review comments left on a pull request, oldest first (not part of the port; for reports and tests). */
  async listReviewComments(pullNumber) {
    const { reviewComments } = await this.store.read();
    return reviewComments.filter((c) => c.pullNumber === pullNumber).map(({ path, line, body, commitSha }) => ({ path, line, body, commitSha }));
  }
  /** Checks recorded for the commit `ref` resolves to, via {@link LocalForgeRecords.recordCheck}. */
  async listCommitChecks(ref) {
    const sha = await this.resolveCommit(ref);
    const { checks } = await this.store.read();
    return (checks[sha] ?? []).map((check) => ({ ...check }));
  }
  /**
   * Records a check on a commit (the local forge has no CI). A check with the same name and
   * source replaces the earlier one, as GitHub reports the latest run of each check.
   */
  async recordCheck(ref, check) {
    const sha = await this.resolveCommit(ref);
    await this.store.update((state) => {
      const list = (state.checks[sha] ?? []).filter((c) => c.name !== check.name || c.source !== check.source);
      state.checks[sha] = [...list, { ...check }];
    });
  }
  timestamp() {
    return this.clock().toISOString();
  }
  addIssue(state, input) {
    const at = this.timestamp();
    const labels = [...input.labels ?? []];
    addMissingLabels(state.labels, labels);
    const issue = {
      number: nextId(state, "issue"),
      title: input.title,
      body: input.body,
      state: "open",
      labels,
      createdAt: at,
      updatedAt: at
    };
    state.issues.push(issue);
    return issue;
  }
};
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/ports/local-forge.ts
var DEFAULT_IDENTITY = { name: "launchgate", email: "launchgate@localhost" };
var MERGE_ATTEMPTS = 3;
var LocalForge = class _LocalForge extends LocalForgeRecords {
  constructor(options) {
    const repo = { owner: options.repo.owner, repo: options.repo.repo };
    const clock = options.now ?? (() => /* @__PURE__ */ new Date());
    super(repo, new ForgeStore(options.stateDir, repo, options.lock), clock, options.actor ?? "launchgate");
    this.options = options;
  }
  options;
  kind = "local";
  /** Checks that `gitDir` is a git repository, creates `stateDir`, and returns the forge. */
  static async open(options) {
    try {
      await runGit(["rev-parse", "--git-dir"], { cwd: options.gitDir, env: options.env });
    } catch (error) {
      throw new ConfigurationError(
        `${options.gitDir} is not a git repository; point gitDir at a clone or a bare repo`,
        {
          cause: error
        }
      );
    }
    await mkdir(options.stateDir, { recursive: true });
    return new _LocalForge(options);
  }
  /** Path of the JSON state file, for messages and for people who want to look inside. */
  get stateFile() {
    return this.store.file;
  }
  // ---- Pull requests ----
  async findPullRequests(query) {
    const { issues } = await this.store.read();
    const head = query.head === void 0 ? void 0 : withoutOwner(query.head);
    const pulls = issues.filter(
      (i) => i.pullRequest && matches(i, query.state) && (head === void 0 || i.pullRequest.head === head) && (query.base === void 0 || i.pullRequest.base === query.base)
    );
    return Promise.all(newestFirst(pulls).map((pull) => this.toLivePull(pull)));
  }
  async getPullRequest(number) {
    const { issues } = await this.store.read();
    return this.toLivePull(findNumber(issues, number));
  }
  async createPullRequest(input) {
    input = { ...input, head: withoutOwner(input.head) };
    const headSha = await this.requireBranch(input.head, "head");
    const baseSha = await this.requireBranch(input.base, "base");
    if (await isAncestor(this.gitDir, headSha, baseSha, this.options.env)) {
      throw new LocalForgeError(422, `no commits between ${input.base} and ${input.head}`);
    }
    return this.store.update((state) => {
      const open2 = state.issues.find(
        (i) => i.state === "open" && i.pullRequest?.head === input.head && i.pullRequest.base === input.base
      );
      if (open2)
        throw new LocalForgeError(
          422,
          `a pull request already exists for ${input.head} into ${input.base}: #${open2.number}`
        );
      const pull = this.addIssue(state, input);
      pull.pullRequest = { head: input.head, base: input.base, headSha, merged: false };
      return toPullRequest(this.repo, pull);
    });
  }
  async updatePullRequest(number, input) {
    const updated = await this.store.update((state) => {
      const pull = findNumber(state.issues, number);
      if (!pull.pullRequest) throw new LocalForgeError(404, `#${number} is an issue, not a pull request`);
      if (input.title !== void 0) pull.title = input.title;
      if (input.body !== void 0) pull.body = input.body;
      pull.updatedAt = this.timestamp();
      return structuredClone(pull);
    });
    return this.toLivePull(updated);
  }
  /** Files changed by the pull request: merge base of base and head, to head (real git). */
  async listChangedFiles(pullNumber) {
    const pull = await this.getPullRequest(pullNumber);
    const base = pull.mergeCommitSha ? `${pull.mergeCommitSha}^1` : `refs/heads/${pull.base}`;
    const baseSha = await tryRevParse(this.gitDir, base, this.options.env);
    const from = baseSha && await mergeBase(this.gitDir, baseSha, pull.headSha, this.options.env);
    if (!from)
      throw new LocalForgeError(422, `#${pullNumber}: ${pull.base} and ${pull.head} share no history`);
    return changedFiles(this.gitDir, from, pull.headSha, this.options.env);
  }
  // ---- Branches and merges ----
  async getBranchSha(branch) {
    return tryRevParse(this.gitDir, branchRef(branch), this.options.env);
  }
  async createBranch(branch, sha) {
    const valid = await runGit(["check-ref-format", branchRef(branch)], {
      cwd: this.gitDir,
      env: this.options.env,
      allowExitCodes: [1]
    });
    if (valid.code !== 0)
      throw new LocalForgeError(422, `${JSON.stringify(branch)} is not a valid branch name`);
    const commit = await tryRevParse(this.gitDir, sha, this.options.env);
    if (!commit) throw new LocalForgeError(422, `no commit ${sha}`);
    if (!await updateRef(this.gitDir, branchRef(branch), commit, null, { env: this.options.env })) {
      throw new LocalForgeError(422, `branch ${branch} already exists`);
    }
  }
  /**
   * Merges `head` into `base` as GitHub's merges API does: a real two-parent merge commit written
   * without a work tree, and `base` moved only if nobody moved it meanwhile (compare-and-swap).
   */
  async mergeBranches(input) {
    const env = this.options.env;
    for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
      const baseSha = await this.requireBranch(input.base, "base");
      const headSha = await this.resolveCommit(input.head);
      if (await isAncestor(this.gitDir, headSha, baseSha, env)) return { status: "up-to-date" };
      const merged = await mergeTree(this.gitDir, baseSha, headSha, env);
      if (!merged.clean)
        return { status: "conflict", message: conflictMessage(input.base, input.head, merged) };
      const author = { ...this.options.identity ?? DEFAULT_IDENTITY };
      const parents = [baseSha, headSha];
      const sha = await commitTree(this.gitDir, {
        tree: merged.tree,
        parents,
        message: input.message,
        author,
        env
      });
      const reason = `launchgate: merge ${input.head} into ${input.base}`;
      if (await updateRef(this.gitDir, branchRef(input.base), sha, baseSha, { env, reason })) {
        await this.markPullsMerged(input.base, input.head, headSha, sha);
        return { status: "merged", sha };
      }
    }
    throw new LocalForgeError(409, `${input.base} kept moving while merging ${input.head}; run again`);
  }
  // ---- Internals ----
  get gitDir() {
    return this.options.gitDir;
  }
  /** A branch name first (as GitHub resolves `ref`), then any commit-ish. */
  async resolveCommit(ref) {
    return await this.getBranchSha(ref) ?? await this.requireCommit(ref);
  }
  async toLivePull(stored) {
    const live = stored.pullRequest && stored.state === "open" ? await this.getBranchSha(stored.pullRequest.head) : void 0;
    return toPullRequest(this.repo, stored, live);
  }
  async requireBranch(branch, role) {
    const sha = await this.getBranchSha(branch);
    if (!sha) throw new LocalForgeError(404, `${role} branch ${branch} does not exist in ${this.gitDir}`);
    return sha;
  }
  async requireCommit(ref) {
    const sha = await tryRevParse(this.gitDir, ref, this.options.env);
    if (!sha) throw new LocalForgeError(422, `no commit found for ${ref}`);
    return sha;
  }
  /** GitHub closes an open pull request as merged once its head lands in its base. */
  async markPullsMerged(base, head, headSha, mergeSha) {
    await this.store.update((state) => {
      for (const issue of state.issues) {
        const pull = issue.pullRequest;
        if (issue.state !== "open" || pull?.base !== base || pull.head !== head) continue;
        Object.assign(pull, { merged: true, mergeCommitSha: mergeSha, headSha });
        Object.assign(issue, { state: "closed", updatedAt: this.timestamp() });
      }
    });
  }
};
function withoutOwner(head) {
  return head.replace(/^[^:]*:/, "");
}
function branchRef(branch) {
  return branch.startsWith("refs/heads/") ? branch : `refs/heads/${branch}`;
}
function conflictMessage(base, head, merged) {
  const details = merged.messages.length > 0 ? ` (${merged.messages.join("; ")})` : "";
  return `merging ${head} into ${base} conflicts in ${merged.conflicts.join(", ")}${details}. Merge ${base} into ${head} locally (git merge ${base}), resolve the conflicts, push ${head} and run again.`;
}

// src/probes/health-format.ts
var ALIASES = {
  pass: "pass",
  ok: "pass",
  up: "pass",
  healthy: "pass",
  warn: "warn",
  degraded: "warn",
  fail: "fail",
  error: "fail",
  down: "fail",
  unhealthy: "fail"
};
var RANK = { pass: 0, warn: 1, fail: 2 };
function toHealthStatus(value) {
  return typeof value === "string" ? ALIASES[value.trim().toLowerCase()] : void 0;
}
function worst(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
function parseHealthBody(body) {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { checks: {} };
  const record = body;
  const parsed = { checks: parseChecks(record.checks) };
  const status = toHealthStatus(record.status);
  if (status) parsed.status = status;
  if (typeof record.releaseId === "string" || typeof record.releaseId === "number") {
    parsed.releaseId = String(record.releaseId);
  }
  if (typeof record.version === "string" || typeof record.version === "number") {
    parsed.version = String(record.version);
  }
  return parsed;
}
function parseChecks(raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const checks = {};
  for (const [key, value] of Object.entries(raw)) {
    const observations = Array.isArray(value) ? value : [value];
    let status;
    for (const observation of observations) {
      const own = toHealthStatus(observation?.status) ?? "warn";
      status = status ? worst(status, own) : own;
    }
    if (status) checks[key] = status;
  }
  return checks;
}

// src/probes/http-get.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var MAX_BODY_BYTES = 256 * 1024;
var ProbeTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.name = "ProbeTimeoutError";
  }
  timeoutMs;
  name = "ProbeTimeoutError";
};
function httpGet(url, options) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, { method: "GET", headers: options.headers, agent: false });
    const timer = setTimeout(() => {
      reject(new ProbeTimeoutError(options.timeoutMs));
      req.destroy();
    }, options.timeoutMs);
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.on("response", (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (chunk) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    req.end();
  });
}

// src/probes/health.ts
async function probeHealth(url, options) {
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const started = performance.now();
  const secrets = Object.values(options.headers ?? {});
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await httpGet(url, {
      headers: { accept: "application/health+json, application/json;q=0.9, */*;q=0.1", ...options.headers },
      timeoutMs: options.timeoutMs
    });
    const text = response.text;
    const latencyMs = elapsed();
    const body = parseHealthBody(parseJson(text));
    const probe = { at, ok: false, status: response.status, latencyMs, checks: body.checks };
    if (body.releaseId !== void 0) probe.releaseId = body.releaseId;
    if (body.version !== void 0) probe.version = body.version;
    const error = judge(response.status, body.status, body.checks);
    if (error) probe.error = redact(error, secrets);
    else probe.ok = true;
    return probe;
  } catch (error) {
    const reason = redact(describe(error), secrets);
    return { at, ok: false, latencyMs: elapsed(), checks: {}, error: reason };
  }
}
function judge(httpStatus, status, checks) {
  const failing = Object.entries(checks).filter(([, s]) => s === "fail").map(([name]) => name);
  const reasons = [];
  if (httpStatus < 200 || httpStatus > 299) reasons.push(`HTTP ${httpStatus}`);
  if (status === "fail") reasons.push("status fail");
  if (failing.length > 0) reasons.push(`failing checks: ${failing.join(", ")}`);
  return reasons.length > 0 ? reasons.join("; ") : void 0;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function describe(error) {
  if (error instanceof ProbeTimeoutError) return error.message;
  const code = error?.code;
  if (typeof code === "string") return `unreachable (${code})`;
  return error instanceof Error ? error.message : String(error);
}

export {
  openRollback,
  gitAuth,
  parseNameStatus,
  LocalForgeError,
  LocalForge,
  probeHealth
};

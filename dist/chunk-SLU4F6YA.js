import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  changedFiles
} from "./chunk-MGPC6M6L.js";
import {
  mergeTree
} from "./chunk-76LBPFTR.js";
import {
  commitTree,
  isAncestor,
  mergeBase,
  runGit,
  tryRevParse,
  updateRef
} from "./chunk-BPJGBRTH.js";
import {
  external_exports
} from "./chunk-YOIBVPTW.js";
import {
  ConfigurationError,
  UserError
} from "./chunk-KA2W5GDI.js";

// src/ports/local-forge.ts
import { mkdir } from "node:fs/promises";

// src/ports/local-forge-store.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join } from "node:path";

// src/ports/local-forge-lock.ts
import { randomUUID } from "node:crypto";
import { link, open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
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
  const owner = { pid: process.pid, host: hostname(), token: randomUUID() };
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
  return owner !== void 0 && owner.host === hostname() && !processAlive(owner.pid);
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

export {
  LocalForgeError,
  LocalForge
};

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  PASSING_RESULTS,
  formatElapsed,
  latencyLine,
  screenshotSection,
  smokeFindings,
  smokeTable
} from "./chunk-WTFZHDIL.js";
import {
  LocalForge,
  LocalForgeError
} from "./chunk-3I4ZS26T.js";
import {
  GitHubForge,
  callGitHub,
  writeOnce,
  writePolicyOf
} from "./chunk-ZXZXPSFL.js";

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
  for (const item of outcome.checklist.filter((i) => i.status === "fail")) {
    list.push({
      rule: `deploy/checklist/${item.id}`,
      severity: "HIGH",
      title: item.title,
      message: item.reason
    });
  }
  const promote = outcome.promote;
  if (promote?.status === "conflict" || promote?.status === "refused") {
    list.push({ rule: `deploy/merge-${promote.status}`, severity: "HIGH", message: promote.message });
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
  const promote = outcome.promote;
  const head = `${outcome.source.branch} (${short(outcome.source.sha)}) into ${outcome.target.branch} (${short(outcome.target.sha)})`;
  if (!promote) return outcome.dryRun ? { title: "Merge", text: `dry run: would merge ${head}` } : void 0;
  const pr = "pullRequest" in promote && promote.pullRequest ? ` via pull request #${promote.pullRequest.number} (${promote.pullRequest.url})` : "";
  const text = promote.status === "merged" ? `merged ${head}${pr}: ${promote.sha}` : `${promote.message}${pr}`;
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
    repoDir: options.gitDir,
    gitEnv: options.env,
    rollbackGit: { dir: options.gitDir, env: options.env }
  };
}

export {
  deployReport,
  githubDeployPorts,
  localDeployPorts
};

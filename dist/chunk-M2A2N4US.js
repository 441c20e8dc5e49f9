import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  aggregateReview
} from "./chunk-36LFCCZ7.js";
import {
  defaultFindingsDir
} from "./chunk-JOSG27MO.js";
import {
  commentStyle,
  headCommit,
  publishPullRequestComment,
  publishReport
} from "./chunk-S2W6HFKL.js";
import {
  runAction
} from "./chunk-DOYG3ACD.js";
import {
  setFailed,
  setOutput
} from "./chunk-GHAYBQNU.js";
import {
  escapeInline
} from "./chunk-XOEPOA5U.js";
import {
  describeError
} from "./chunk-WONG65HV.js";

// src/actions/review-aggregate.ts
import path from "node:path";

// src/review/inline.ts
var INLINE_SEVERITIES = /* @__PURE__ */ new Set(["CRITICAL", "HIGH"]);
var MAX_INLINE_COMMENTS = 30;
var MARKER = /<!-- launchgate:review:finding:([0-9a-f]{32}) -->/g;
function findingMarker(fingerprint) {
  return `<!-- launchgate:review:finding:${fingerprint} -->`;
}
function postedFingerprints(bodies) {
  const posted = /* @__PURE__ */ new Set();
  for (const body of bodies) for (const m of body.matchAll(MARKER)) posted.add(m[1]);
  return posted;
}
var ICON = { CRITICAL: "\u{1F534}", HIGH: "\u{1F7E0}", MEDIUM: "\u{1F7E1}", LOW: "\u26AA" };
function inlineCommentBody(finding, waiversPath) {
  const p = finding.properties;
  const lines = [
    `**${ICON[finding.severity]} ${finding.severity}** \xB7 \`${finding.rule}\` \xB7 ${p.agents.join(", ")}`,
    "",
    `**${escapeInline(finding.title)}**`,
    "",
    escapeInline(finding.message)
  ];
  if (p.suggestedFix) lines.push("", `**Suggested fix:** ${escapeInline(p.suggestedFix)}`);
  const waivable = finding.severity === "CRITICAL" ? "a CRITICAL cannot be waived" : `waive it in \`${waiversPath}\``;
  lines.push(
    "",
    `<sub>launchgate review \xB7 ${escapeInline(p.source)} \xB7 confidence ${p.confidence.toFixed(2)} \xB7 fingerprint \`${finding.fingerprint}\` (${waivable})</sub>`,
    findingMarker(finding.fingerprint)
  );
  return lines.join("\n");
}
function planInlineComments(findings, posted, options) {
  const max = options.max ?? MAX_INLINE_COMMENTS;
  const wanted = findings.filter((f) => INLINE_SEVERITIES.has(f.severity));
  const fresh = wanted.filter((f) => !posted.has(f.fingerprint));
  const prefix = options.pathPrefix ? `${options.pathPrefix.replace(/\/+$/, "")}/` : "";
  return {
    comments: fresh.slice(0, max).map((f) => ({
      path: `${prefix}${f.file}`,
      line: f.line,
      body: inlineCommentBody(f, options.waiversPath)
    })),
    alreadyPosted: wanted.length - fresh.length,
    overLimit: Math.max(0, fresh.length - max)
  };
}

// src/review/publish.ts
async function publishInlineComments(forge, input) {
  const posted = postedFingerprints((await forge.listReviewComments(input.pullNumber)).map((c) => c.body));
  const plan = planInlineComments(input.findings, posted, {
    ...input.pathPrefix ? { pathPrefix: input.pathPrefix } : {},
    waiversPath: input.waiversPath
  });
  const outcome = {
    posted: 0,
    alreadyPosted: plan.alreadyPosted,
    overLimit: plan.overLimit,
    refused: []
  };
  try {
    await forge.createReviewComments(input.pullNumber, input.headSha, plan.comments);
    outcome.posted = plan.comments.length;
  } catch (error) {
    if (plan.comments.length <= 1) throw error;
    for (const comment of plan.comments) {
      try {
        await forge.createReviewComments(input.pullNumber, input.headSha, [comment]);
        outcome.posted++;
      } catch (single) {
        outcome.refused.push({ path: comment.path, line: comment.line, error: describeError(single) });
      }
    }
  }
  return outcome;
}

// src/actions/review-aggregate.ts
async function reviewAggregateAction(runtime) {
  commentStyle(runtime);
  const { request } = runtime;
  const aggregate = await aggregateReview(runtime, {
    findingsDir: request.text("findings-dir") ?? defaultFindingsDir(runtime.env),
    agents: request.text("agents"),
    minScore: request.text("min-score")
  });
  const { outcome, report } = aggregate;
  await publishReport(report, {
    sarif: request.flag("sarif"),
    rootInWorkspace: runtime.rootInWorkspace,
    gate: { head: headCommit(runtime) }
  });
  setCounts(outcome);
  const pullNumber = runtime.event().pullNumber;
  if (pullNumber) await publishOnPullRequest(runtime, pullNumber, aggregate);
  if (!report.ok) setFailed(`launchgate review: ${report.title}`);
  else runtime.logger.info(report.title);
}
var run = () => runAction("review-aggregate", reviewAggregateAction);
function setCounts(outcome) {
  const count = (s) => String(outcome.findings.filter((f) => f.severity === s).length);
  setOutput("critical", count("CRITICAL"));
  setOutput("high", count("HIGH"));
  setOutput("scores", JSON.stringify(outcome.scores));
}
async function publishOnPullRequest(runtime, pullNumber, aggregate) {
  const { outcome, report, waivers } = aggregate;
  const { request, logger, rootInWorkspace } = runtime;
  if (request.flag("comment")) await publishPullRequestComment(runtime, pullNumber, report);
  if (!request.flag("inline-comments")) return;
  try {
    const forge = runtime.forge();
    const inline = await publishInlineComments(forge, {
      pullNumber,
      headSha: outcome.head,
      findings: outcome.findings,
      ...rootInWorkspace ? { pathPrefix: rootInWorkspace } : {},
      waiversPath: rootInWorkspace ? path.posix.join(rootInWorkspace, waivers) : waivers
    });
    setOutput("inline-posted", String(inline.posted));
    logger.info(`line comments: ${inline.posted} posted, ${inline.alreadyPosted} already there`);
    if (inline.overLimit > 0)
      logger.warning(`${inline.overLimit} more CRITICAL/HIGH findings are listed in the summary only`);
    for (const r of inline.refused)
      logger.warning(`GitHub refused the comment at ${r.path}:${r.line}: ${r.error}`);
  } catch (error) {
    setOutput("inline-posted", "0");
    logger.warning(`could not post line comments on #${pullNumber}: ${describeError(error)}`);
  }
}

export {
  reviewAggregateAction,
  run
};

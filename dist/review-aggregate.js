import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  publishPullRequestComment,
  publishReport
} from "./chunk-5ISALAKX.js";
import "./chunk-CI3N5E6X.js";
import {
  defaultFindingsDir,
  resolveReviewSettings
} from "./chunk-AHC4M25A.js";
import {
  reviewReport
} from "./chunk-AYA23I66.js";
import {
  mergeArtifacts,
  readArtifacts
} from "./chunk-HWJVAYBP.js";
import {
  judgeReview,
  readWaivers
} from "./chunk-LLGYEC6S.js";
import "./chunk-47UIQYE5.js";
import "./chunk-5WGXQZPO.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-SXBZTXBD.js";
import "./chunk-HVKD6FED.js";
import "./chunk-4VQCOHJY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-BOBXEPTZ.js";
import {
  getBooleanInput,
  getInput,
  githubForge,
  info,
  readCommonInputs,
  readRunContext,
  runAction,
  setFailed,
  setOutput,
  warning
} from "./chunk-TMHFKGZV.js";
import "./chunk-JNFGD4KX.js";
import "./chunk-BPJGBRTH.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  escapeInline,
  loadConfig
} from "./chunk-YOIBVPTW.js";
import {
  describeError
} from "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

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
async function reviewAggregateAction() {
  const inputs = readCommonInputs();
  const context = readRunContext();
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath });
  const settings = resolveReviewSettings(config.review, {
    agents: getInput("agents"),
    minScore: getInput("min-score")
  });
  const dir = path.resolve(
    process.env.GITHUB_WORKSPACE || ".",
    getInput("findings-dir") || defaultFindingsDir()
  );
  const { collection, missingAgents } = mergeArtifacts(await readArtifacts(dir), settings.agents);
  const outcome = judgeReview(collection, {
    waivers: await readWaivers(inputs.root, collection.head, config.review.waivers),
    minScore: settings.minScore,
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    missingAgents
  });
  for (const notice of outcome.notices) warning(`launchgate review: ${notice}`);
  const report = reviewReport(outcome, settings.minScore);
  await publishReport(report, {
    sarif: getBooleanInput("sarif"),
    rootInWorkspace: inputs.rootInWorkspace
  });
  setCounts(outcome);
  if (context.pullNumber) {
    await publishOnPullRequest(inputs, context, context.pullNumber, outcome, report, config.review.waivers);
  }
  if (!report.ok) setFailed(`launchgate review: ${report.title}`);
  else info(report.title);
}
function setCounts(outcome) {
  const count = (s) => String(outcome.findings.filter((f) => f.severity === s).length);
  setOutput("critical", count("CRITICAL"));
  setOutput("high", count("HIGH"));
  setOutput("scores", JSON.stringify(outcome.scores));
}
async function publishOnPullRequest(inputs, context, pullNumber, outcome, report, waivers) {
  const forge = githubForge(inputs.token, context.repo);
  if (getBooleanInput("comment")) await publishPullRequestComment(forge, pullNumber, report);
  if (!getBooleanInput("inline-comments")) return;
  try {
    const inline = await publishInlineComments(forge, {
      pullNumber,
      headSha: outcome.head,
      findings: outcome.findings,
      ...inputs.rootInWorkspace ? { pathPrefix: inputs.rootInWorkspace } : {},
      waiversPath: inputs.rootInWorkspace ? path.posix.join(inputs.rootInWorkspace, waivers) : waivers
    });
    setOutput("inline-posted", String(inline.posted));
    info(`line comments: ${inline.posted} posted, ${inline.alreadyPosted} already there`);
    if (inline.overLimit > 0)
      warning(`${inline.overLimit} more CRITICAL/HIGH findings are listed in the summary only`);
    for (const r of inline.refused)
      warning(`GitHub refused the comment at ${r.path}:${r.line}: ${r.error}`);
  } catch (error) {
    setOutput("inline-posted", "0");
    warning(`could not post line comments on #${pullNumber}: ${describeError(error)}`);
  }
}

// src/actions/entries/review-aggregate.ts
await runAction("review-aggregate", reviewAggregateAction);

import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  upsertGateSection
} from "./chunk-DAKBMR4D.js";
import {
  core_exports,
  debug,
  setOutput,
  summary
} from "./chunk-GHAYBQNU.js";
import {
  TOOL,
  emitAnnotations,
  planAnnotations,
  renderJson,
  renderSarif
} from "./chunk-4VAGRVGA.js";
import {
  COMMENT_MAX_CHARS,
  escapeInline,
  gateSection,
  markerComment,
  renderGateSummary,
  renderMarkdown
} from "./chunk-XOEPOA5U.js";
import {
  describeError
} from "./chunk-WONG65HV.js";

// src/actions/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/github/sticky-comment.ts
function stickyMarker(key) {
  if (!/^[\w.:/-]+$/.test(key)) {
    throw new Error(`sticky comment key "${key}" must be letters, digits, and . : / _ - only`);
  }
  return markerComment(`launchgate:sticky:${key}`);
}
async function upsertStickyComment(forge, issueNumber, key, body) {
  const marker = stickyMarker(key);
  const text = `${marker}
${body}`;
  const mine = (await forge.listComments(issueNumber)).filter((comment) => comment.body.includes(marker)).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = mine;
  if (!keep) {
    const created = await forge.createComment(issueNumber, text);
    return { action: "created", commentId: created.id };
  }
  for (const duplicate of duplicates) await forge.deleteComment(duplicate.id);
  if (keep.body === text) return { action: "unchanged", commentId: keep.id };
  await forge.updateComment(keep.id, text);
  return { action: "updated", commentId: keep.id };
}
async function removeStickyComment(forge, issueNumber, key) {
  const marker = stickyMarker(key);
  const mine = (await forge.listComments(issueNumber)).filter((comment) => comment.body.includes(marker));
  for (const comment of mine) await forge.deleteComment(comment.id);
  return mine.length;
}

// src/actions/publish.ts
async function publishReport(report, options = {}) {
  const outDir = options.outDir ?? path.join(process.env.RUNNER_TEMP || ".", "launchgate");
  await mkdir(outDir, { recursive: true });
  const json = path.join(outDir, `${report.capability}.json`);
  await writeFile(json, renderJson(report));
  setOutput("ok", String(report.ok));
  setOutput("report", json);
  let sarif;
  if (options.sarif) {
    sarif = path.join(outDir, `${report.capability}.sarif`);
    await writeFile(sarif, renderSarif(fromWorkspace(report, options.rootInWorkspace), TOOL));
    setOutput("sarif", sarif);
  }
  emitAnnotations(planAnnotations(fromWorkspace(report, options.rootInWorkspace).findings), core_exports);
  const shown = fromWorkspace(report, options.rootInWorkspace);
  await writeJobSummary(
    options.gate ? renderGateSummary(
      gateSection(shown, { head: options.gate.head, maxRows: 500 }),
      escapeInline(report.title)
    ) : renderMarkdown(report, { maxChars: Infinity })
  );
  return { json, sarif };
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug("no job summary: GITHUB_STEP_SUMMARY is not set");
    return;
  }
  await summary.addRaw(markdown, true).write();
}
function fromWorkspace(report, rootInWorkspace) {
  if (!rootInWorkspace) return report;
  const findings = report.findings.map(
    (f) => f.file ? { ...f, file: path.posix.join(rootInWorkspace, f.file) } : f
  );
  return { ...report, findings };
}
var STYLES = ["gate", "separate"];
function commentStyle(runtime) {
  const text = runtime.request.text("comment-style") ?? "gate";
  if (STYLES.includes(text)) return text;
  throw runtime.requestError(
    `${runtime.request.label("comment-style")} must be gate or separate, got '${text}'`,
    "comment-style"
  );
}
function headCommit(runtime) {
  const sha = runtime.event().headSha ?? runtime.env.GITHUB_SHA;
  const repository = runtime.env.GITHUB_REPOSITORY;
  if (!sha || !repository) return void 0;
  return {
    repository,
    sha,
    ...runtime.env.GITHUB_SERVER_URL ? { serverUrl: runtime.env.GITHUB_SERVER_URL } : {}
  };
}
async function publishPullRequestComment(runtime, pullNumber, report) {
  const { logger } = runtime;
  const style = commentStyle(runtime);
  try {
    const forge = runtime.forge();
    if (style === "separate") {
      const body = renderMarkdown(report, { maxChars: COMMENT_MAX_CHARS - 200 });
      const result2 = await upsertStickyComment(forge, pullNumber, report.capability, body);
      logger.info(`PR comment ${result2.action} (#${pullNumber}, comment ${result2.commentId})`);
      return;
    }
    const section = gateSection(fromWorkspace(report, runtime.rootInWorkspace), { head: headCommit(runtime) });
    const result = await upsertGateSection(forge, pullNumber, section, {
      ...runtime.knobs.commentSettleMs === void 0 ? {} : { settleMs: runtime.knobs.commentSettleMs },
      ...runtime.runUrl() ? { fullReportUrl: runtime.runUrl() } : {}
    });
    logger.info(
      `PR gate comment ${result.action}: ${section.capability} ${section.status} (#${pullNumber}, comment ${result.commentId})`
    );
    await removeStickyComment(forge, pullNumber, report.capability);
  } catch (error) {
    logger.warning(
      `could not post the ${report.capability} comment on #${pullNumber}: ${describeError(error)}`
    );
  }
}

export {
  publishReport,
  writeJobSummary,
  commentStyle,
  headCommit,
  publishPullRequestComment
};
